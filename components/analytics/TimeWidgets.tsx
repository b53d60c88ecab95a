import { getLocale, getTranslations } from "next-intl/server";
import { BarChartView } from "@/components/charts/BarChartView";
import { ChartCard } from "@/components/charts/ChartCard";
import { STATUS_COLORS } from "@/components/charts/palette";
import { type TableModel, formatCell } from "@/components/charts/table-model";
import { timeFor } from "./cached";
import type { WidgetProps } from "./widget-props";

/** Median and p90 days per stage, with the bottleneck called out. */
export async function TimeInStage({ actor, filters }: WidgetProps) {
  const t = await getTranslations("analytics");
  const locale = await getLocale();
  const report = await timeFor(actor, filters);
  const rows = report.stages;
  const bottleneck = rows.find((r) => r.bottleneck);
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "stage", label: t("time.columns.stage"), kind: "text" },
      { key: "n", label: t("time.columns.visits"), kind: "count" },
      { key: "p50", label: t("time.columns.p50"), kind: "days" },
      { key: "p90", label: t("time.columns.p90"), kind: "days" },
      { key: "p50t", label: t("time.columns.p50Total"), kind: "days" },
      { key: "p90t", label: t("time.columns.p90Total"), kind: "days" },
      { key: "norm", label: t("time.columns.norm"), kind: "count" },
    ],
    rows: rows.map((r) => ({
      key: r.stageId,
      highlight: r.bottleneck,
      cells: [r.name, r.latest.n, r.latest.p50, r.latest.p90, r.cumulative.p50, r.cumulative.p90, r.rottingDays],
    })),
  };
  const title = t("time.title");
  const days = (value: number) => Math.round(value * 10) / 10;
  return (
    <ChartCard
      id="time-in-stage"
      title={title}
      subtitle={t("time.subtitle")}
      empty={rows.every((r) => r.latest.n === 0) ? t("time.empty") : null}
      table={table}
      definition={t("time.definition")}
      aside={
        bottleneck && bottleneck.latest.p50 !== null ? (
          <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="bottleneck">
            {t("time.bottleneck", { stage: bottleneck.name, days: formatCell(bottleneck.latest.p50, "days", locale, report.scope.currency) })}
          </p>
        ) : null
      }
      chart={
        <BarChartView
          data={rows.map((r) => ({ key: r.stageId, label: r.name, values: { p50: days(r.latest.p50 ?? 0), p90: days(r.latest.p90 ?? 0) } }))}
          series={[
            { key: "p50", label: t("time.series.p50"), color: "#2f57d9" },
            { key: "p90", label: t("time.series.p90"), color: "#93b4fb" },
          ]}
          kind="days"
          currency={report.scope.currency}
          summary={t("common.chartSummary", { title })}
          testId="chart-time-in-stage"
        />
      }
    />
  );
}

/** Open deals over their stage's norm right now. */
export async function StuckDeals({ actor, filters }: WidgetProps) {
  const t = await getTranslations("analytics");
  const report = await timeFor(actor, filters);
  const rows = report.stages;
  const stuck = (stageId: string) => ({ kind: "stuck" as const, stageId });
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "stage", label: t("time.columns.stage"), kind: "text" },
      { key: "norm", label: t("time.columns.norm"), kind: "count" },
      { key: "open", label: t("time.stuck.open"), kind: "count" },
      { key: "over", label: t("time.stuck.over"), kind: "count" },
      { key: "share", label: t("time.stuck.share"), kind: "percent" },
    ],
    rows: rows.map((r) => ({
      key: r.stageId,
      cells: [r.name, r.rottingDays, r.openNow, r.overNorm, r.openNow ? r.overNorm / r.openNow : null],
      drill: [null, null, null, r.rottingDays === null ? null : stuck(r.stageId), null],
    })),
  };
  const title = t("time.stuck.title");
  return (
    <ChartCard
      id="stuck-deals"
      title={title}
      subtitle={t("time.stuck.subtitle")}
      empty={rows.every((r) => r.openNow === 0) ? t("time.stuck.empty") : null}
      table={table}
      definition={t("time.stuck.definition")}
      chart={
        <BarChartView
          data={rows.map((r) => ({
            key: r.stageId,
            label: r.name,
            values: { within: r.openNow - r.overNorm, over: r.overNorm },
            drill: r.rottingDays === null ? undefined : { over: stuck(r.stageId) },
          }))}
          series={[
            { key: "within", label: t("time.stuck.open"), color: STATUS_COLORS.open },
            { key: "over", label: t("time.stuck.over"), color: STATUS_COLORS.lost },
          ]}
          kind="count"
          currency={report.scope.currency}
          stacked
          horizontal
          summary={t("common.chartSummary", { title })}
          testId="chart-stuck"
        />
      }
    />
  );
}
