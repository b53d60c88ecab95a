import { getFormatter, getTranslations } from "next-intl/server";
import type { DrillDown } from "@/lib/validation/analytics";
import { BarChartView } from "@/components/charts/BarChartView";
import { ChartCard } from "@/components/charts/ChartCard";
import { ForecastBandChart } from "@/components/charts/ForecastBandChart";
import type { TableModel } from "@/components/charts/table-model";
import { forecastFor } from "@/components/analytics/cached";
import type { WidgetProps } from "@/components/analytics/widget-props";

async function monthLabels() {
  const t = await getTranslations("forecast.keys");
  const format = await getFormatter();
  return (key: string) =>
    key === "overdue" || key === "later" || key === "none"
      ? t(key)
      : format.dateTime(new Date(`${key}-15T12:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
}

const expected = (key: string): DrillDown | null => (key === "later" ? null : { kind: "expected", month: key });

/** Open deals by expected close month: value and stage-weighted value. */
export async function WeightedPipeline({ actor, filters }: WidgetProps) {
  const t = await getTranslations("forecast");
  const tc = await getTranslations("analytics.common");
  const report = await forecastFor(actor, filters);
  const label = await monthLabels();
  const rows = report.weighted.filter((r) => r.count > 0 || /^\d/.test(r.key));
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "month", label: t("weighted.month"), kind: "text" },
      { key: "deals", label: t("weighted.deals"), kind: "count" },
      { key: "value", label: t("weighted.value"), kind: "money" },
      { key: "weighted", label: t("weighted.weighted"), kind: "money" },
    ],
    rows: rows.map((r) => ({ key: r.key, cells: [label(r.key), r.count, r.value, r.weighted], drill: [null, expected(r.key), null, null] })),
    total: {
      key: "total",
      cells: [tc("total"), rows.reduce((s, r) => s + r.count, 0), rows.reduce((s, r) => s + r.value, 0), rows.reduce((s, r) => s + r.weighted, 0)],
    },
  };
  const title = t("weighted.title");
  return (
    <ChartCard
      id="forecast-weighted"
      title={title}
      subtitle={t("weighted.subtitle")}
      empty={rows.every((r) => r.count === 0) ? t("weighted.empty") : null}
      table={table}
      definition={t("weighted.definition")}
      chart={
        <BarChartView
          data={rows.map((r) => {
            const drill = expected(r.key);
            return { key: r.key, label: label(r.key), values: { value: r.value, weighted: r.weighted }, drill: drill ? { value: drill, weighted: drill } : undefined };
          })}
          series={[
            { key: "value", label: t("weighted.value"), color: "#cbd5e1" },
            { key: "weighted", label: t("weighted.weighted"), color: "#2f57d9" },
          ]}
          kind="money"
          currency={report.scope.currency}
          summary={tc("chartSummary", { title })}
          testId="chart-forecast-weighted"
        />
      }
    />
  );
}

/** The calibrated Monte Carlo forecast per month, against the weighted pipeline. */
export async function CalibratedForecast({ actor, filters }: WidgetProps) {
  const t = await getTranslations("forecast.calibrated");
  const tc = await getTranslations("analytics.common");
  const report = await forecastFor(actor, filters);
  const label = await monthLabels();
  const weighted = new Map(report.weighted.map((w) => [w.key, w.weighted]));
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "month", label: t("month"), kind: "text" },
      { key: "p10", label: t("p10"), kind: "money" },
      { key: "p50", label: t("p50"), kind: "money" },
      { key: "p90", label: t("p90"), kind: "money" },
      { key: "expected", label: t("expected"), kind: "money" },
      { key: "weighted", label: t("weighted"), kind: "money" },
      { key: "won", label: t("wonSoFar"), kind: "money" },
    ],
    rows: report.calibrated.map((m) => ({
      key: m.month,
      cells: [label(m.month), m.p10, m.p50, m.p90, m.expected, weighted.get(m.month) ?? 0, m.wonSoFar],
      drill: [null, null, null, null, null, expected(m.month), null],
    })),
    total: {
      key: "total",
      cells: [t("total"), report.total.p10, report.total.p50, report.total.p90, report.total.expected, report.calibrated.reduce((s, m) => s + (weighted.get(m.month) ?? 0), 0), report.calibrated[0]?.wonSoFar ?? 0],
    },
  };
  const openDeals = report.stages.reduce((s, st) => s + st.openDeals, 0);
  return (
    <ChartCard
      id="forecast-calibrated"
      title={t("title")}
      subtitle={t("subtitle", { runs: report.runs })}
      empty={openDeals === 0 ? t("empty") : null}
      table={table}
      definition={`${t("definition")}${report.otherCurrencyDeals ? ` ${tc("otherCurrency", { count: report.otherCurrencyDeals, currency: report.scope.currency })}` : ""}`}
      chart={
        <ForecastBandChart
          data={report.calibrated.map((m) => ({
            key: m.month,
            label: label(m.month),
            p10: m.p10,
            p50: m.p50,
            p90: m.p90,
            weighted: weighted.get(m.month) ?? 0,
            drill: { kind: "expected", month: m.month },
          }))}
          labels={{ band: t("band"), p50: t("p50"), weighted: t("weighted") }}
          currency={report.scope.currency}
          summary={tc("chartSummary", { title: t("title") })}
        />
      }
    />
  );
}

/** Configured stage probabilities against the history. */
export async function StageCalibration({ actor, filters }: WidgetProps) {
  const t = await getTranslations("forecast.stages");
  const tc = await getTranslations("analytics.common");
  const report = await forecastFor(actor, filters);
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "stage", label: t("stage"), kind: "text" },
      { key: "configured", label: t("configured"), kind: "percent" },
      { key: "empirical", label: t("empirical"), kind: "percent" },
      { key: "calibrated", label: t("calibrated"), kind: "percent" },
      { key: "closed", label: t("closed"), kind: "count" },
      { key: "median", label: t("medianDays"), kind: "days" },
      { key: "open", label: t("open"), kind: "count" },
      { key: "openValue", label: t("openValue"), kind: "money" },
    ],
    rows: report.stages.map((s) => ({
      key: s.stageId,
      cells: [s.name, s.configured, s.empirical, s.calibrated, s.won + s.lost, s.medianDaysToWin, s.openDeals, s.openValue],
    })),
  };
  return (
    <ChartCard
      id="forecast-stages"
      title={t("title")}
      subtitle={t("subtitle")}
      table={table}
      definition={t("definition")}
      chart={
        <BarChartView
          data={report.stages.map((s) => ({ key: s.stageId, label: s.name, values: { configured: s.configured, empirical: s.empirical ?? 0 } }))}
          series={[
            { key: "configured", label: t("configured"), color: "#cbd5e1" },
            { key: "empirical", label: t("empirical"), color: "#009e73" },
          ]}
          kind="percent"
          currency={report.scope.currency}
          height={240}
          summary={tc("chartSummary", { title: t("title") })}
        />
      }
    />
  );
}
