import { getLocale, getTranslations } from "next-intl/server";
import { MODELS } from "@/lib/analytics/attribution";
import { formatMoney } from "@/lib/format/money";
import { NO_SOURCE } from "@/lib/validation/analytics";
import { BarChartView } from "@/components/charts/BarChartView";
import { ChartCard } from "@/components/charts/ChartCard";
import { STATUS_COLORS, colorAt } from "@/components/charts/palette";
import type { TableModel } from "@/components/charts/table-model";
import { loadSourceLabels } from "@/lib/sources/list-sources";
import { labelOfSource } from "@/lib/sources/source-labels";
import { channelsFor } from "./cached";
import type { WidgetProps } from "./widget-props";

/** Per source channel: people, deals, wins, revenue, conversion, cycle. */
export async function ChannelTable({ actor, filters }: WidgetProps) {
  const t = await getTranslations("analytics");
  const [report, labels] = await Promise.all([channelsFor(actor, filters), loadSourceLabels({ actor })]);
  const label = (source: string | null) => (source === null ? t("common.noSource") : labelOfSource(labels, source));
  const cell = (source: string | null, status?: "OPEN" | "WON" | "LOST") => ({ kind: "channel" as const, source: source ?? NO_SOURCE, ...(status ? { status } : {}) });
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "source", label: t("channels.columns.source"), kind: "text" },
      { key: "people", label: t("channels.columns.people"), kind: "count" },
      { key: "deals", label: t("channels.columns.deals"), kind: "count" },
      { key: "won", label: t("channels.columns.won"), kind: "count" },
      { key: "lost", label: t("channels.columns.lost"), kind: "count" },
      { key: "revenue", label: t("channels.columns.revenue"), kind: "money" },
      { key: "conversion", label: t("channels.columns.conversion"), kind: "percent" },
      { key: "cycle", label: t("channels.columns.cycle"), kind: "days" },
    ],
    rows: report.channels.map((c) => ({
      key: c.source ?? NO_SOURCE,
      cells: [label(c.source), c.people, c.deals, c.won, c.lost, c.revenue, c.conversion, c.cycleDays],
      drill: [null, null, cell(c.source), cell(c.source, "WON"), cell(c.source, "LOST"), cell(c.source, "WON"), null, null],
    })),
  };
  const title = t("channels.table.title");
  return (
    <ChartCard
      id="channels"
      title={title}
      subtitle={t("channels.table.subtitle")}
      empty={report.channels.length === 0 ? t("channels.table.empty") : null}
      table={table}
      definition={t("channels.table.definition")}
      chart={
        <BarChartView
          data={report.channels.map((c) => ({
            key: c.source ?? NO_SOURCE,
            label: label(c.source),
            values: { open: c.deals - c.won - c.lost, won: c.won, lost: c.lost },
            drill: { won: cell(c.source, "WON"), open: cell(c.source, "OPEN"), lost: cell(c.source, "LOST") },
          }))}
          series={[
            { key: "won", label: t("channels.columns.won"), color: STATUS_COLORS.won },
            { key: "lost", label: t("channels.columns.lost"), color: STATUS_COLORS.lost },
            { key: "open", label: t("channels.columns.open"), color: STATUS_COLORS.open },
          ]}
          kind="count"
          currency={report.scope.currency}
          stacked
          horizontal
          summary={t("common.chartSummary", { title })}
          testId="chart-channels"
        />
      }
    />
  );
}

/** Revenue credit per channel under the four attribution models, side by side. */
export async function Attribution({ actor, filters }: WidgetProps) {
  const t = await getTranslations("analytics");
  const locale = await getLocale();
  const [report, labels] = await Promise.all([channelsFor(actor, filters), loadSourceLabels({ actor })]);
  const { currency } = report.scope;
  const models = MODELS.map((m, i) => ({ key: m, label: t(`channels.attribution.models.${m}`), color: colorAt(i) }));
  const table: TableModel = {
    currency,
    columns: [
      { key: "channel", label: t("channels.columns.channel"), kind: "text" },
      ...models.map((m) => ({ key: m.key, label: m.label, kind: "money" as const })),
      { key: "touches", label: t("channels.columns.touches"), kind: "count" },
    ],
    rows: report.attribution.map((a) => {
      const drill = { kind: "attribution" as const, channel: a.channel };
      return { key: a.channel, cells: [labelOfSource(labels, a.channel), ...MODELS.map((m) => a.credit[m]), a.touches], drill: [null, ...MODELS.map(() => drill), null] };
    }),
  };
  const title = t("channels.attribution.title");
  const missing = report.unattributed.deals
    ? ` ${t("channels.attribution.unattributed", { count: report.unattributed.deals, value: formatMoney(report.unattributed.revenue, currency, locale) })}`
    : "";
  return (
    <ChartCard
      id="attribution"
      title={title}
      subtitle={t("channels.attribution.subtitle")}
      empty={report.attribution.length === 0 ? t("channels.attribution.empty") : null}
      table={table}
      definition={`${t("channels.attribution.definition")}${missing}`}
      chart={
        <BarChartView
          data={report.attribution.map((a) => ({
            key: a.channel,
            label: labelOfSource(labels, a.channel),
            values: a.credit,
            drill: Object.fromEntries(MODELS.map((m) => [m, { kind: "attribution" as const, channel: a.channel }])),
          }))}
          series={models}
          kind="money"
          currency={currency}
          summary={t("common.chartSummary", { title })}
          testId="chart-attribution"
        />
      }
    />
  );
}

/** How many touches the won deals had before the win. */
export async function TouchesToWin({ actor, filters }: WidgetProps) {
  const t = await getTranslations("analytics");
  const report = await channelsFor(actor, filters);
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "touches", label: t("channels.columns.touchesToWin"), kind: "text" },
      { key: "deals", label: t("channels.columns.won"), kind: "count" },
      { key: "revenue", label: t("channels.columns.revenue"), kind: "money" },
    ],
    rows: report.touchesToWin.map((b) => {
      const drill = { kind: "touches" as const, band: b.band };
      return { key: b.band, cells: [b.band, b.deals, b.revenue], drill: [null, drill, drill] };
    }),
  };
  const title = t("channels.touches.title");
  return (
    <ChartCard
      id="touches-to-win"
      title={title}
      subtitle={t("channels.touches.subtitle")}
      empty={report.touchesToWin.length === 0 ? t("channels.touches.empty") : null}
      table={table}
      definition={t("channels.touches.definition")}
      chart={
        <BarChartView
          data={report.touchesToWin.map((b) => ({ key: b.band, label: b.band, values: { deals: b.deals }, drill: { deals: { kind: "touches" as const, band: b.band } } }))}
          series={[{ key: "deals", label: t("channels.columns.won"), color: STATUS_COLORS.won }]}
          kind="count"
          currency={report.scope.currency}
          height={220}
          summary={t("common.chartSummary", { title })}
        />
      }
    />
  );
}
