import { getLocale, getTranslations } from "next-intl/server";
import { getVelocity } from "@/lib/forecast/get-velocity";
import { BarChartView } from "@/components/charts/BarChartView";
import { ChartCard } from "@/components/charts/ChartCard";
import { type TableModel, formatCell } from "@/components/charts/table-model";
import type { WidgetProps } from "@/components/analytics/widget-props";

function Stat({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={strong ? "text-xl font-semibold text-slate-900 tabular-nums" : "text-base font-medium text-slate-800 tabular-nums"}>{value}</dd>
    </div>
  );
}

/** Sales velocity for the team (tiles) and per owner (chart and table). */
export async function Velocity({ actor, filters }: WidgetProps) {
  const t = await getTranslations("forecast.velocity");
  const tc = await getTranslations("analytics.common");
  const locale = await getLocale();
  const report = await getVelocity({ actor, filters });
  const { currency } = report.scope;
  const f = (value: number | null, kind: "money" | "percent" | "count" | "days") => formatCell(value, kind, locale, currency);
  const team = report.team;
  const table: TableModel = {
    currency,
    columns: [
      { key: "owner", label: t("owner"), kind: "text" },
      { key: "perDay", label: t("perDay"), kind: "money" },
      { key: "open", label: t("openDeals"), kind: "count" },
      { key: "winRate", label: t("winRate"), kind: "percent" },
      { key: "averageWon", label: t("averageWon"), kind: "money" },
      { key: "cycle", label: t("cycle"), kind: "days" },
    ],
    rows: report.owners.map((o) => ({ key: o.ownerId, cells: [o.name, o.perDay, o.openDeals, o.winRate, o.averageWon, o.cycleDays] })),
    total: { key: "team", cells: [t("team"), team.perDay, team.openDeals, team.winRate, team.averageWon, team.cycleDays] },
  };
  return (
    <ChartCard
      id="forecast-velocity"
      title={t("title")}
      subtitle={t("subtitle")}
      table={table}
      definition={t("definition")}
      aside={
        <div>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" data-testid="velocity">
            <Stat label={t("perDay")} value={f(team.perDay, "money")} strong />
            <Stat label={t("per30")} value={f(team.perDay === null ? null : team.perDay * 30, "money")} strong />
            <Stat label={t("openDeals")} value={f(team.openDeals, "count")} />
            <Stat label={t("winRate")} value={f(team.winRate, "percent")} />
            <Stat label={t("averageWon")} value={f(team.averageWon, "money")} />
            <Stat label={t("cycle")} value={f(team.cycleDays, "days")} />
          </dl>
          {team.perDay === null && <p className="mt-2 text-sm text-slate-500">{t("empty")}</p>}
        </div>
      }
      chart={
        report.owners.length > 1 ? (
          <BarChartView
            data={report.owners.map((o) => ({ key: o.ownerId, label: o.name, values: { perDay: o.perDay ?? 0 } }))}
            series={[{ key: "perDay", label: t("perDay"), color: "#2f57d9" }]}
            kind="money"
            currency={currency}
            horizontal
            summary={tc("chartSummary", { title: t("title") })}
          />
        ) : undefined
      }
    />
  );
}
