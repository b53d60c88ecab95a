// Turns the per-size results into bench/results.json metrics and a table with the budgets from
// docs/budgets.md. Over budget is reported, never fatal: this is a measurement. The budgets
// are set for SQLite; PostgreSQL runs (keys ending in _pg) are printed against the same numbers.
import type { SizeResult } from "./bench-context";
import { round2 } from "./measure";
import { addAnalyticsMetrics, type AnalyticsSizeResult } from "./analytics-bench";

export const BUDGETS = {
  boardFirstPageMs: 60,
  boardRatio100kVs1k: 1.5,
  loadMoreMs: 50,
  moveDealMs: 25,
  dealEditMs: 25,
} as const;

/** The size the single-number load-more and move metrics come from. */
export const HEADLINE_SIZE = 10_000;

export function sizeLabel(size: number): string {
  return size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

export interface Row {
  metric: string;
  value: number;
  unit: "ms" | "×" | "/s" | "%" | "cards";
  /** null: measured and shown, no budget. */
  budget: number | null;
  /** The budget is a floor (throughput), not a ceiling. */
  atLeast?: boolean;
}

const withinBudget = (r: Row) => r.budget === null || (r.atLeast ? r.value >= r.budget : r.value <= r.budget);

/** What each metric key ends with: nothing for SQLite (the budgets' database), `_pg` for PostgreSQL. */
export function metricSuffix(kind: "sqlite" | "postgres"): string {
  return kind === "postgres" ? "_pg" : "";
}

export function buildMetrics(results: readonly SizeResult[], suffix = ""): { metrics: Record<string, number>; rows: Row[] } {
  const metrics: Record<string, number> = {};
  const rows: Row[] = [];
  const add = (name: string, value: number, unit: Row["unit"], budget?: number | null) => {
    const metric = `${name}${suffix}`;
    metrics[metric] = round2(value);
    if (budget !== undefined) rows.push({ metric, value: round2(value), unit, budget });
  };

  for (const r of results) {
    const l = sizeLabel(r.size);
    for (const [name, s, budget] of [
      ["board_first_page", r.boardFirstPage, BUDGETS.boardFirstPageMs],
      ["board_load_more", r.loadMore, BUDGETS.loadMoreMs],
      ["move_deal", r.moveDeal, BUDGETS.moveDealMs],
      ["deal_edit", r.editDeal, BUDGETS.dealEditMs],
    ] as const) {
      add(`${name}_p50_ms_${l}`, s.p50, "ms");
      add(`${name}_p95_ms_${l}`, s.p95, "ms", budget);
      add(`${name}_p99_ms_${l}`, s.p99, "ms");
    }
  }

  const headline = results.find((r) => r.size === HEADLINE_SIZE);
  if (headline) {
    add("board_load_more_p95_ms", headline.loadMore.p95, "ms", BUDGETS.loadMoreMs);
    add("move_deal_p95_ms", headline.moveDeal.p95, "ms", BUDGETS.moveDealMs);
  }
  const small = results.find((r) => r.size === 1_000);
  const big = results.find((r) => r.size === 100_000);
  // The edit budget is set at 100k deals (DESIGN.md, "edit a deal").
  if (big) add("deal_edit_p95_ms", big.editDeal.p95, "ms", BUDGETS.dealEditMs);
  if (small && big) {
    add("board_first_page_ratio_100k_vs_1k", big.boardFirstPage.p95 / small.boardFirstPage.p95, "×", BUDGETS.boardRatio100kVs1k);
  }
  addAnalyticsMetrics(results as readonly (SizeResult & AnalyticsSizeResult)[], sizeLabel, add);
  return { metrics, rows };
}

export function formatTable(rows: readonly Row[]): string {
  const lines = rows.map((r) => {
    const status = r.budget === null ? "" : withinBudget(r) ? "OK" : r.atLeast ? "UNDER" : "OVER";
    const value = r.unit === "/s" || r.unit === "cards" ? `${r.value} ${r.unit}` : `${r.value.toFixed(2)} ${r.unit}`;
    const amount = r.unit === "×" ? `${r.budget}×` : `${r.budget} ${r.unit}`;
    const budget = r.budget === null ? "—" : `${r.atLeast ? "≥" : "≤"} ${amount}`;
    return [r.metric, value, budget, status];
  });
  const header = ["metric", "value", "budget", "status"];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const over = rows.filter((r) => !withinBudget(r));
  return [
    fmt(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...lines.map(fmt),
    "",
    over.length === 0 ? "All budgets met." : `OVER BUDGET: ${over.map((r) => r.metric).join(", ")}`,
  ].join("\n");
}
