import { getFormatter, getTranslations } from "next-intl/server";
import type { DrillDown } from "@/lib/validation/analytics";
import { NONE, type LeakRow, type LeakViews } from "@/lib/analytics/leak-rollup";
import { BarChartView, type BarDatum } from "@/components/charts/BarChartView";
import { ChartCard } from "@/components/charts/ChartCard";
import { colorAt } from "@/components/charts/palette";
import type { TableModel } from "@/components/charts/table-model";
import { loadSourceLabels } from "@/lib/sources/list-sources";
import { labelOfSource } from "@/lib/sources/source-labels";
import { leaksFor } from "./cached";
import type { WidgetProps } from "./widget-props";

type View = "stage" | "source" | "owner" | "week";
type LostCell = Extract<DrillDown, { kind: "lost" }>;

/** The drill-down of a row (and one reason) of a view. */
function lostCell(view: View, row: LeakRow, reason?: string): LostCell {
  const base: LostCell = { kind: "lost" };
  if (view === "stage") base.stageId = row.key;
  if (view === "source") base.source = row.key === NONE ? null : row.key;
  if (view === "owner") base.ownerId = row.key;
  if (view === "week") base.week = row.key;
  if (reason !== undefined) base.reasonId = reason === NONE ? null : reason;
  return base;
}

async function leakView(view: View, report: LeakViews & { otherCurrencyDeals: number }, currency: string, sources: Record<string, string>) {
  const t = await getTranslations("analytics");
  const format = await getFormatter();
  const rows = { stage: report.byStage, source: report.bySource, owner: report.byOwner, week: report.byWeek }[view];
  const labelOf = (row: LeakRow) =>
    view === "week"
      ? format.dateTime(new Date(`${row.key}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" })
      : row.key === NONE
        ? t(view === "source" ? "common.noSource" : "common.none")
        : view === "source"
          ? labelOfSource(sources, row.key)
          : row.label;
  const reasons = report.reasons.map((r, i) => ({ key: r.id, label: r.id === NONE ? t("common.noReason") : r.label, color: colorAt(i) }));
  const data: BarDatum[] = rows.map((row) => ({
    key: row.key,
    label: labelOf(row),
    values: Object.fromEntries(reasons.map((r) => [r.key, row.cells[r.key]?.deals ?? 0])),
    drill: Object.fromEntries(reasons.map((r) => [r.key, lostCell(view, row, r.key)])),
  }));
  const table: TableModel = {
    currency,
    columns: [
      { key: "dim", label: t(`leaks.columns.${view}`), kind: "text" },
      ...reasons.map((r) => ({ key: r.key, label: r.label, kind: "count" as const })),
      { key: "deals", label: t("leaks.columns.lost"), kind: "count" },
      { key: "value", label: t("leaks.columns.lostValue"), kind: "money" },
    ],
    rows: rows.map((row, i) => ({
      key: row.key,
      cells: [data[i].label, ...reasons.map((r) => row.cells[r.key]?.deals ?? 0), row.deals, row.value],
      drill: [null, ...reasons.map((r) => lostCell(view, row, r.key)), lostCell(view, row), null],
    })),
    total: {
      key: "total",
      cells: [t("common.total"), ...reasons.map((r) => rows.reduce((s, row) => s + (row.cells[r.key]?.deals ?? 0), 0)), report.total.deals, report.total.value],
      drill: [null, ...reasons.map((r) => ({ kind: "lost" as const, reasonId: r.key === NONE ? null : r.key })), { kind: "lost" }, null],
    },
  };
  return { data, reasons, table };
}

async function LeakCard({ actor, filters, view }: WidgetProps & { view: View }) {
  const t = await getTranslations("analytics");
  const report = await leaksFor(actor, filters);
  const { data, reasons, table } = await leakView(view, report, report.scope.currency, view === "source" ? await loadSourceLabels({ actor }) : {});
  const title = t(`leaks.${view}.title`);
  const other = report.otherCurrencyDeals > 0 ? ` ${t("common.otherCurrency", { count: report.otherCurrencyDeals, currency: report.scope.currency })}` : "";
  return (
    <ChartCard
      id={`leaks-${view}`}
      title={title}
      subtitle={t(`leaks.${view}.subtitle`, { count: report.total.deals })}
      empty={report.total.deals === 0 ? t("leaks.empty") : null}
      table={table}
      definition={`${t(`leaks.${view}.definition`)} ${view === "stage" ? t("leaks.definition") : t("leaks.definitionShort")}${other}`}
      chart={
        <BarChartView
          data={data}
          series={reasons}
          kind="count"
          currency={report.scope.currency}
          stacked
          horizontal={view !== "week"}
          summary={t("common.chartSummary", { title })}
          testId={`chart-leaks-${view}`}
        />
      }
    />
  );
}

export function LeaksByStage(props: WidgetProps) {
  return <LeakCard {...props} view="stage" />;
}
export function LeaksBySource(props: WidgetProps) {
  return <LeakCard {...props} view="source" />;
}
export function LeaksByOwner(props: WidgetProps) {
  return <LeakCard {...props} view="owner" />;
}
export function LeaksTrend(props: WidgetProps) {
  return <LeakCard {...props} view="week" />;
}
