import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { METHODS, relativeError } from "@/lib/forecast/backtest-math";
import { ChartCard } from "@/components/charts/ChartCard";
import { LineChartView } from "@/components/charts/LineChartView";
import { type TableModel, formatCell } from "@/components/charts/table-model";
import { backtestFor } from "@/components/analytics/cached";
import type { WidgetProps } from "@/components/analytics/widget-props";

const COLORS = { actual: "#0f172a", weighted: "#94a3b8", calibrated: "#2f57d9", runRate: "#e69f00" } as const;

/** Each method's forecast of past months against what was actually won, with the errors. */
export async function Backtest({ actor, filters }: WidgetProps) {
  const t = await getTranslations("forecast.backtest");
  const tc = await getTranslations("analytics.common");
  const format = await getFormatter();
  const locale = await getLocale();
  const report = await backtestFor(actor, filters);
  const { team } = report;
  const month = (m: string) => format.dateTime(new Date(`${m}-15T12:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
  const name = (m: (typeof METHODS)[number]) => t(`methods.${m}`);
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "month", label: t("month"), kind: "text" },
      { key: "actual", label: t("actual"), kind: "money" },
      ...METHODS.flatMap((m) => [
        { key: m, label: name(m), kind: "money" as const },
        { key: `${m}Error`, label: t("error", { method: name(m) }), kind: "percent" as const },
      ]),
    ],
    rows: team.months.map((row) => ({
      key: row.month,
      cells: [month(row.month), row.actual, ...METHODS.flatMap((m) => [row.forecast[m], relativeError(row.forecast[m], row.actual)])],
    })),
    total: {
      key: "mape",
      cells: [t("mape"), null, ...METHODS.flatMap((m) => [null, team.scores[m].mape])],
    },
  };
  const best = team.best;
  return (
    <ChartCard
      id="forecast-backtest"
      title={t("title")}
      subtitle={t("subtitle")}
      table={table}
      definition={t("definition")}
      aside={
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="backtest-best">
          {best ? t("best", { method: name(best), mape: formatCell(team.scores[best].mape, "percent", locale, report.scope.currency) }) : t("noBest")}
        </p>
      }
      chart={
        <LineChartView
          data={team.months.map((row) => ({ key: row.month, label: month(row.month), values: { actual: row.actual, ...row.forecast } }))}
          series={[
            { key: "actual", label: t("actual"), color: COLORS.actual, width: 3 },
            ...METHODS.map((m) => ({ key: m, label: name(m), color: COLORS[m], dashed: true })),
          ]}
          kind="money"
          currency={report.scope.currency}
          summary={tc("chartSummary", { title: t("title") })}
          testId="chart-backtest"
        />
      }
    />
  );
}

/** The backtest's error of each method per owner. */
export async function BacktestByOwner({ actor, filters }: WidgetProps) {
  const t = await getTranslations("forecast.backtest");
  const report = await backtestFor(actor, filters);
  const name = (m: (typeof METHODS)[number]) => t(`methods.${m}`);
  const series = [...report.owners, report.team];
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "owner", label: t("owners.owner"), kind: "text" },
      ...METHODS.map((m) => ({ key: m, label: `${t("mape")}: ${name(m)}`, kind: "percent" as const })),
      { key: "best", label: t("owners.best"), kind: "text" },
    ],
    rows: report.owners.map((o) => ({ key: o.ownerId!, cells: [o.name, ...METHODS.map((m) => o.scores[m].mape), o.best ? name(o.best) : null] })),
    total: { key: "team", cells: [(await getTranslations("forecast.velocity"))("team"), ...METHODS.map((m) => report.team.scores[m].mape), report.team.best ? name(report.team.best) : null] },
  };
  return (
    <ChartCard
      id="forecast-backtest-owners"
      title={t("owners.title")}
      subtitle={t("owners.subtitle")}
      empty={series.length === 0 ? t("noBest") : null}
      table={table}
      definition={t("owners.definition")}
    />
  );
}
