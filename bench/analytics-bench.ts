// Analytics at scale: the leak analysis, the transition funnel, time in stage and the forecast,
// each timed through the domain function its page calls, with the pages' default filters (the
// pipeline, the last 90 days, every owner and source). The backtest (six rebuilt month starts)
// is measured too, without a budget. Heavier than the board: fewer iterations.
// The app's modules load lazily (the measuring child sets DATABASE_URL first); report.ts imports
// only the metric helpers at the bottom.
import { assertBench, type BenchContext } from "./bench-context";
import { USERS } from "./bench-fixture";
import { formatSummary, log, measure, type Summary } from "./measure";

export const ANALYTICS_BUDGET_MS = 300;
/** The size the budgets are for (docs/budgets.md: "analytics at 100k deals"). */
export const ANALYTICS_SIZE = 100_000;
export const ANALYTICS_METRICS = ["funnel", "time_in_stage", "leaks", "forecast", "backtest", "funnel_owner", "time_in_stage_owner", "forecast_owner"] as const;
/** The rep whose deals the owner-filtered reports show (a quarter of the deals are theirs). */
const OWNER_ID = USERS[2].id;
export type AnalyticsMetric = (typeof ANALYTICS_METRICS)[number];

export interface AnalyticsSizeResult {
  analytics?: Record<AnalyticsMetric, Summary>;
}

type Check<T> = (result: T) => void;

async function time<T>(ctx: BenchContext, name: string, run: () => Promise<T>, check: Check<T>): Promise<Summary> {
  check(await run());
  const summary = await measure({
    warmup: Math.min(ctx.warmup, 3),
    iterations: Math.min(ctx.iterations, 30),
    run,
  });
  log(`  ${formatSummary(name, summary)}`);
  return summary;
}

export async function benchAnalytics(ctx: BenchContext): Promise<Record<AnalyticsMetric, Summary>> {
  const [{ getLeaks }, { getFunnel }, { getTimeInStage }, { getForecast }, { getBacktest }] = await Promise.all([
    import("../lib/analytics/get-leaks"),
    import("../lib/analytics/get-funnel"),
    import("../lib/analytics/get-time-in-stage"),
    import("../lib/forecast/get-forecast"),
    import("../lib/forecast/get-backtest"),
  ]);
  const options = { actor: ctx.actor, filters: { pipeline: ctx.pipelineId } };
  const leaks = await time(ctx, "analytics leaks", () => getLeaks(options), (r) => {
    assertBench(r.total.deals > 0 && r.reasons.length > 1, "no losses with reasons in the last 90 days");
    assertBench(r.byWeek.reduce((s, w) => s + w.deals, 0) === r.total.deals, "weekly losses do not add up");
  });
  const funnel = await time(ctx, "analytics funnel", () => getFunnel(options), (r) => {
    assertBench(r.stages.length === 7 && r.stages.every((s) => s.entered > 0), "a stage nobody entered");
    assertBench(r.moves.backward > 0 && r.moves.skip > 0 && r.moves.reopened > 0, "no backward moves, skips or reopens");
  });
  const timeInStage = await time(ctx, "analytics time in stage", () => getTimeInStage(options), (r) => {
    assertBench(r.stages.every((s) => s.latest.n > 0 && s.latest.p50 !== null), "a stage without finished visits");
    assertBench(r.stages.reduce((s, x) => s + x.openNow, 0) === ctx.size, "open deals do not add up");
  });
  const forecast = await time(ctx, "analytics forecast", () => getForecast(options), (r) => {
    assertBench(r.months.length === 6 && r.total.p10 <= r.total.p50 && r.total.p50 <= r.total.p90, "forecast quantiles out of order");
    assertBench(r.weighted.reduce((s, w) => s + w.count, 0) === ctx.size, "weighted pipeline misses open deals");
  });
  const backtest = await time(ctx, "analytics backtest (no budget)", () => getBacktest(options), (r) => {
    assertBench(r.team.months.length === 6 && r.team.months.some((m) => m.actual > 0), "nothing won in the backtest months");
  });
  // A head of sales looking at one rep: the same reports filtered by owner.
  const owned = { actor: ctx.actor, filters: { pipeline: ctx.pipelineId, owner: OWNER_ID } };
  const funnelOwner = await time(ctx, "analytics funnel, one owner", () => getFunnel(owned), (r) => {
    assertBench(r.stages.every((s) => s.entered > 0), "a stage the owner's deals never entered");
  });
  const timeInStageOwner = await time(ctx, "analytics time in stage, one owner", () => getTimeInStage(owned), (r) => {
    assertBench(r.stages.reduce((s, x) => s + x.openNow, 0) < ctx.size, "the owner filter did not narrow the open deals");
  });
  const forecastOwner = await time(ctx, "analytics forecast, one owner", () => getForecast(owned), (r) => {
    assertBench(r.weighted.reduce((s, w) => s + w.count, 0) < ctx.size, "the owner filter did not narrow the forecast");
  });
  return { funnel, time_in_stage: timeInStage, leaks, forecast, backtest, funnel_owner: funnelOwner, time_in_stage_owner: timeInStageOwner, forecast_owner: forecastOwner };
}

/**
 * Metric rows for report.ts: p50/p95/p99 per size (`analytics_funnel_p95_ms_100k`), and the
 * budgeted headline keys from the 100k run (`analytics_funnel_p95_ms`; the backtest unbudgeted).
 */
export function addAnalyticsMetrics(
  results: readonly ({ size: number } & AnalyticsSizeResult)[],
  label: (size: number) => string,
  add: (name: string, value: number, unit: "ms", budget?: number | null) => void,
): void {
  for (const r of results) {
    if (!r.analytics) continue;
    for (const name of ANALYTICS_METRICS) {
      const s = r.analytics[name];
      add(`analytics_${name}_p50_ms_${label(r.size)}`, s.p50, "ms");
      add(`analytics_${name}_p95_ms_${label(r.size)}`, s.p95, "ms");
      add(`analytics_${name}_p99_ms_${label(r.size)}`, s.p99, "ms");
      add(`analytics_${name}_cpu_p95_ms_${label(r.size)}`, s.cpuP95, "ms");
    }
  }
  const headline = results.find((r) => r.size === ANALYTICS_SIZE)?.analytics;
  if (!headline) return;
  for (const name of ANALYTICS_METRICS) add(`analytics_${name}_p95_ms`, headline[name].p95, "ms", name === "backtest" ? null : ANALYTICS_BUDGET_MS);
}
