// Monte Carlo of revenue per period. Each group holds `count` open deals of (about) the same value
// with the same chances to be won in each period (`outlook`). Each run draws, per group, how many
// of its deals are won in each period: a multinomial drawn as a chain of binomials (won in the
// first period; of the rest, won in the second; …). A binomial is drawn exactly (by geometric
// jumps between successes) while it expects few successes, and from its normal approximation
// (continuity-corrected, clamped) once it expects many; so a run costs about the number of
// groups × periods, not the number of deals, and small pipelines stay exact and lumpy.
import { type Prng, createPrng, FORECAST_SEED } from "./prng";
import { percentileOf } from "@/lib/analytics/percentile";

export interface SimulationGroup {
  count: number;
  /** The value of each deal in the group (minor units): their mean when `spread` is given. */
  value: number;
  /** Standard deviation of the deals' values in a merged group (the won ones' sum gets it). */
  spread?: number;
  /** Chance to be won in each period (sum ≤ 1). */
  outlook: readonly number[];
}

export interface PeriodQuantiles {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export interface SimulationResult {
  runs: number;
  periods: PeriodQuantiles[];
  total: PeriodQuantiles;
}

/** Above this many expected successes (and failures) a binomial is drawn from its normal approximation. */
const EXACT_BELOW = 12;

/** 2,000 runs for ordinary pipelines; fewer (never under 100) when there are thousands of groups. */
export function runsFor(groups: readonly SimulationGroup[]): number {
  const cost = groups.reduce((s, g) => s + g.outlook.filter((q) => q > 0).length * (1 + Math.min(EXACT_BELOW, g.count * Math.max(...g.outlook))), 0);
  return Math.max(100, Math.min(2000, Math.round(1_500_000 / Math.max(1, cost))));
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: Prng): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** One draw of Binomial(n, p). */
export function binomial(n: number, p: number, random: Prng): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, random);
  const mean = n * p;
  if (mean < EXACT_BELOW || n - mean < EXACT_BELOW) {
    // Exact: jump from success to success over Geometric(p) failures.
    const logMiss = Math.log1p(-p);
    let successes = 0;
    for (let i = Math.floor(Math.log(1 - random.next()) / logMiss); i < n; i += 1 + Math.floor(Math.log(1 - random.next()) / logMiss)) successes++;
    return successes;
  }
  // Normal approximation (Box–Muller), continuity-corrected and clamped to 0 … n.
  return Math.min(n, Math.max(0, Math.round(mean + gaussian(random) * Math.sqrt(mean * (1 - p)))));
}

function quantiles(samples: number[]): PeriodQuantiles {
  const mean = samples.reduce((a, b) => a + b, 0) / (samples.length || 1);
  return { p10: percentileOf(samples, 10) ?? 0, p50: percentileOf(samples, 50) ?? 0, p90: percentileOf(samples, 90) ?? 0, mean };
}

export function simulate(groups: readonly SimulationGroup[], options: { periods: number; runs?: number; seed?: number }): SimulationResult {
  const runs = options.runs ?? runsFor(groups);
  const random = createPrng(options.seed ?? FORECAST_SEED);
  const per = Array.from({ length: options.periods }, () => new Float64Array(runs));
  const active = groups.filter((g) => g.count > 0 && g.outlook.some((q) => q > 0));
  for (let run = 0; run < runs; run++) {
    for (const g of active) {
      let left = g.count;
      let chance = 1; // probability mass not yet assigned to a period (or to "not won")
      for (let k = 0; k < g.outlook.length && left > 0 && chance > 1e-12; k++) {
        const q = g.outlook[k];
        if (q <= 0) continue;
        const won = binomial(left, Math.min(1, q / chance), random);
        if (won > 0) {
          // The sum of `won` values drawn from the group: mean × won, plus their spread (normal).
          const noise = g.spread ? g.spread * Math.sqrt(won) * gaussian(random) : 0;
          per[k][run] += Math.max(0, won * g.value + noise);
        }
        left -= won;
        chance -= q;
      }
    }
  }
  const totals = Array.from({ length: runs }, (_, run) => per.reduce((s, period) => s + period[run], 0));
  return { runs, periods: per.map((period) => quantiles(Array.from(period))), total: quantiles(totals) };
}

/** The exact expected revenue per period (what the simulation's means converge to). */
export function expectedRevenue(groups: readonly SimulationGroup[], periods: number): number[] {
  const out = Array<number>(periods).fill(0);
  for (const g of groups) g.outlook.forEach((q, k) => (out[k] += g.count * g.value * q));
  return out;
}
