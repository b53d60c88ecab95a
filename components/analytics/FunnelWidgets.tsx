import { getFormatter, getTranslations } from "next-intl/server";
import { type MoveKind, type TransitionCell, moveKind } from "@/lib/analytics/funnel-math";
import { getCohorts } from "@/lib/analytics/get-cohorts";
import { BarChartView } from "@/components/charts/BarChartView";
import { ChartCard } from "@/components/charts/ChartCard";
import { type HeatCell, HeatTable } from "@/components/charts/HeatTable";
import { STATUS_COLORS, colorAt } from "@/components/charts/palette";
import type { TableModel } from "@/components/charts/table-model";
import { funnelFor } from "./cached";
import type { WidgetProps } from "./widget-props";

const OUTCOMES = ["entered", "advanced", "back", "lost", "here"] as const;

/** Entered → advanced per stage, with what else happened to the deals. */
export async function FunnelConversion({ actor, filters }: WidgetProps) {
  const t = await getTranslations("analytics");
  const report = await funnelFor(actor, filters);
  const drill = (stageId: string, outcome: (typeof OUTCOMES)[number]) => ({ kind: "funnel" as const, stageId, outcome });
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "stage", label: t("funnel.columns.stage"), kind: "text" },
      { key: "entered", label: t("funnel.columns.entered"), kind: "count" },
      { key: "advanced", label: t("funnel.columns.advanced"), kind: "count" },
      { key: "conversion", label: t("funnel.columns.conversion"), kind: "percent" },
      { key: "back", label: t("funnel.columns.back"), kind: "count" },
      { key: "lost", label: t("funnel.columns.lost"), kind: "count" },
      { key: "here", label: t("funnel.columns.here"), kind: "count" },
      { key: "skipped", label: t("funnel.columns.skipped"), kind: "count" },
    ],
    rows: report.stages.map((s) => ({
      key: s.stageId,
      cells: [s.name, s.entered, s.advanced, s.conversion, s.back, s.lost, s.here, s.skipped],
      drill: [null, drill(s.stageId, "entered"), drill(s.stageId, "advanced"), null, drill(s.stageId, "back"), drill(s.stageId, "lost"), drill(s.stageId, "here"), null],
    })),
  };
  const title = t("funnel.conversion.title");
  return (
    <ChartCard
      id="funnel-conversion"
      title={title}
      subtitle={t("funnel.conversion.subtitle")}
      empty={report.stages.every((s) => s.entered === 0) ? t("funnel.conversion.empty") : null}
      table={table}
      definition={t("funnel.conversion.definition")}
      chart={
        <BarChartView
          data={report.stages.map((s) => ({
            key: s.stageId,
            label: s.name,
            values: { entered: s.entered, advanced: s.advanced },
            drill: { entered: drill(s.stageId, "entered"), advanced: drill(s.stageId, "advanced") },
          }))}
          series={[
            { key: "entered", label: t("funnel.series.entered"), color: "#94a3b8" },
            { key: "advanced", label: t("funnel.series.advanced"), color: "#2f57d9" },
          ]}
          kind="count"
          currency={report.scope.currency}
          summary={t("common.chartSummary", { title })}
          testId="chart-funnel-conversion"
        />
      }
    />
  );
}

const TONE: Record<MoveKind, HeatCell["tone"]> = { created: "neutral", forward: "forward", skip: "skip", backward: "backward", won: "won", lost: "lost", reopened: "neutral" };

/** Every from → to transition of the period as a heat map. */
export async function TransitionMatrix({ actor, filters }: WidgetProps) {
  const t = await getTranslations("analytics.funnel");
  const report = await funnelFor(actor, filters);
  const { stages } = report.scope;
  const position = new Map(stages.map((s) => [s.id, s.position]));
  const columns = [...stages.map((s) => s.name), t("matrix.won"), t("matrix.lost")];
  const rowKeys = ["created", ...stages.map((s) => s.id), "WON", "LOST"];
  const rowLabel = (key: string) => (key === "created" ? t("matrix.created") : key === "WON" ? t("matrix.won") : key === "LOST" ? t("matrix.lost") : stages.find((s) => s.id === key)!.name);
  const grid = new Map<string, (HeatCell | null)[]>(rowKeys.map((k) => [k, columns.map(() => null)]));
  const place = (cell: TransitionCell) => {
    const kind = moveKind(cell, position);
    const row = kind === "created" ? "created" : kind === "reopened" ? cell.fromStatus! : cell.fromStageId!;
    const col = cell.toStatus === "WON" ? stages.length : cell.toStatus === "LOST" && kind !== "reopened" ? stages.length + 1 : stages.findIndex((s) => s.id === cell.toStageId);
    const cells = grid.get(row);
    if (!cells || col < 0) return;
    const drill = { kind: "transition" as const, fromStageId: cell.fromStageId, toStageId: cell.toStageId, fromStatus: cell.fromStatus, toStatus: cell.toStatus };
    cells[col] = { value: (cells[col]?.value ?? 0) + cell.moves, tone: TONE[kind], drill };
  };
  report.matrix.forEach(place);
  const rows = rowKeys.map((key) => ({ key, label: rowLabel(key), cells: grid.get(key)! })).filter((r) => r.key !== "WON" && r.key !== "LOST" ? true : r.cells.some(Boolean));
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [{ key: "from", label: t("matrix.from"), kind: "text" }, ...columns.map((c, i) => ({ key: `c${i}`, label: c, kind: "count" as const }))],
    rows: rows.map((r) => ({ key: r.key, cells: [r.label, ...r.cells.map((c) => c?.value ?? 0)] })),
  };
  return (
    <ChartCard
      id="funnel-matrix"
      title={t("matrix.title")}
      subtitle={t("matrix.subtitle")}
      empty={report.matrix.length === 0 ? t("matrix.empty") : null}
      table={table}
      definition={t("matrix.definition")}
      tableView={<HeatTable caption={t("matrix.title")} corner={t("matrix.from")} columns={columns} rows={rows} testId="table-funnel-matrix" />}
    />
  );
}

/** The period's transitions by kind. */
export async function MovesByKind({ actor, filters }: WidgetProps) {
  const t = await getTranslations("analytics");
  const report = await funnelFor(actor, filters);
  const kinds = Object.keys(report.moves) as MoveKind[];
  const table: TableModel = {
    currency: report.scope.currency,
    columns: [
      { key: "kind", label: t("funnel.moves.kind"), kind: "text" },
      { key: "count", label: t("funnel.moves.count"), kind: "count" },
    ],
    rows: kinds.map((k) => ({ key: k, cells: [t(`funnel.moves.kinds.${k}`), report.moves[k]] })),
  };
  const title = t("funnel.moves.title");
  const color: Record<MoveKind, string> = { created: "#64748b", forward: "#2f57d9", skip: "#7c3aed", backward: "#e69f00", won: STATUS_COLORS.won, lost: STATUS_COLORS.lost, reopened: "#0f766e" };
  return (
    <ChartCard
      id="funnel-moves"
      title={title}
      subtitle={t("funnel.moves.subtitle")}
      empty={report.matrix.length === 0 ? t("funnel.matrix.empty") : null}
      table={table}
      definition={t("funnel.moves.definition")}
      chart={
        <BarChartView
          data={kinds.map((k) => ({ key: k, label: t(`funnel.moves.kinds.${k}`), values: { [k]: report.moves[k] } }))}
          series={kinds.map((k) => ({ key: k, label: t(`funnel.moves.kinds.${k}`), color: color[k] }))}
          kind="count"
          currency={report.scope.currency}
          stacked
          legend={false}
          height={220}
          summary={t("common.chartSummary", { title })}
        />
      }
    />
  );
}

/** Deals created each month of the period, by where they are now. */
export async function Cohorts({ actor, filters }: WidgetProps) {
  const t = await getTranslations("analytics.funnel.cohorts");
  const tc = await getTranslations("analytics.common");
  const report = await getCohorts({ actor, filters });
  const { stages, currency } = report.scope;
  const format = await getFormatter();
  const monthLabel = (month: string) => format.dateTime(new Date(`${month}-15T12:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
  // Won and lost at the bottom of each bar, so they read the same in every cohort.
  const series = [
    { key: "WON", label: t("won"), color: STATUS_COLORS.won },
    { key: "LOST", label: t("lost"), color: STATUS_COLORS.lost },
    ...stages.map((s, i) => ({ key: s.id, label: t("open", { stage: s.name }), color: s.color || colorAt(i) })),
  ];
  const values = (c: (typeof report.cohorts)[number]) => ({ ...Object.fromEntries(stages.map((s) => [s.id, c.openByStage[s.id] ?? 0])), WON: c.won, LOST: c.lost });
  const drillOf = (month: string, key: string) =>
    key === "WON" || key === "LOST" ? { kind: "cohort" as const, month, status: key as "WON" | "LOST" } : { kind: "cohort" as const, month, status: "OPEN" as const, stageId: key };
  const table: TableModel = {
    currency,
    columns: [
      { key: "month", label: t("month"), kind: "text" },
      { key: "created", label: t("created"), kind: "count" },
      { key: "WON", label: t("won"), kind: "count" },
      { key: "LOST", label: t("lost"), kind: "count" },
      ...stages.map((s) => ({ key: s.id, label: t("open", { stage: s.name }), kind: "count" as const })),
    ],
    rows: report.cohorts.map((c) => ({
      key: c.month,
      cells: [monthLabel(c.month), c.deals, c.won, c.lost, ...stages.map((s) => c.openByStage[s.id] ?? 0)],
      drill: [null, { kind: "cohort", month: c.month }, drillOf(c.month, "WON"), drillOf(c.month, "LOST"), ...stages.map((s) => drillOf(c.month, s.id))],
    })),
  };
  return (
    <ChartCard
      id="funnel-cohorts"
      title={t("title")}
      subtitle={t("subtitle")}
      empty={report.cohorts.every((c) => c.deals === 0) ? t("empty") : null}
      table={table}
      definition={t("definition")}
      chart={
        <BarChartView
          data={report.cohorts.map((c) => ({
            key: c.month,
            label: monthLabel(c.month),
            values: values(c),
            drill: Object.fromEntries(series.map((s) => [s.key, drillOf(c.month, s.key)])),
          }))}
          series={series}
          kind="count"
          currency={currency}
          stacked
          summary={tc("chartSummary", { title: t("title") })}
        />
      }
    />
  );
}
