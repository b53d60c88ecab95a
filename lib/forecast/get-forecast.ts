import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { addMonths, dayOf, monthStart } from "@/lib/analytics/periods";
import { resolveScope, type AnalyticsScope } from "@/lib/analytics/resolve-scope";
import { type CalibrationModel, closeOutlook, stageCalibration, trainModel } from "./calibration";
import { bucketMiddle } from "./day-buckets";
import { ALL_BANDS, type OpenDeals, type OpenGroup, closeSamples, openDealsByRanges, openGroups, wonByMonth } from "./forecast-queries";
import { type PeriodQuantiles, type SimulationGroup, expectedRevenue, simulate } from "./monte-carlo";

export const HORIZON_MONTHS = 6;
/** Months of closed deals the calibration learns from. */
export const LOOKBACK_MONTHS = 12;
/** At most this many of the latest closed deals train the live model. */
export const TRAINING_DEALS = 3_000;

export interface WeightedRow {
  /** "overdue" (expected before this month), "YYYY-MM", "later" (after the horizon) or "none" (no date). */
  key: string;
  count: number;
  value: number;
  weighted: number;
}

export interface CalibratedMonth extends PeriodQuantiles {
  month: string;
  /** The exact expectation of the calibrated model. */
  expected: number;
  /** Already won this month (only the current month has any). */
  wonSoFar: number;
}

export interface StageCalibrationRow {
  stageId: string;
  name: string;
  configured: number;
  empirical: number | null;
  calibrated: number;
  won: number;
  lost: number;
  medianDaysToWin: number | null;
  openDeals: number;
  openValue: number;
}

export interface ForecastReport {
  scope: AnalyticsScope;
  months: string[];
  weighted: WeightedRow[];
  calibrated: CalibratedMonth[];
  total: PeriodQuantiles & { expected: number };
  runs: number;
  stages: StageCalibrationRow[];
  otherCurrencyDeals: number;
}

/** Above this many value-band groups, bands of one stage and age merge into one group with a spread. */
export const MERGE_BANDS_ABOVE = 800;
/**
 * Above this many open deals the value bands are added up (ALL_BANDS) and the deals are read by
 * index ranges: such a pipeline has hundreds of band groups anyway.
 */
export const BANDS_UP_TO_DEALS = 2_000;

/**
 * Simulation groups of open deals: each (stage, age, value band) group with its chances per
 * month. A very large pipeline merges the value bands of each (stage, age) into one group that
 * keeps the values' mean and spread (from the sums of values and of their squares), so the run
 * costs stay flat without narrowing the P10–P90 band. Groups read without bands (ALL_BANDS) always
 * carry their spread.
 */
export function simulationGroups(groups: OpenGroup[], model: CalibrationModel, start: number, ends: number[]): SimulationGroup[] {
  type Acc = { stageId: string; age: number; count: number; value: number; squares: number };
  const add = (into: Map<string, Acc>, key: string, g: Acc) => {
    const a = into.get(key) ?? { stageId: g.stageId, age: g.age, count: 0, value: 0, squares: 0 };
    a.count += g.count;
    a.value += g.value;
    a.squares += g.squares;
    into.set(key, a);
  };
  // The expected-close slots of a (stage, age, band) are added up first.
  const bands = new Map<string, Acc>();
  for (const g of groups) if (g.count > 0 && model.has(g.stageId)) add(bands, `${g.stageId}|${g.age}|${g.band}`, g);
  let merged = bands;
  if (bands.size > MERGE_BANDS_ABOVE || groups.some((g) => g.band === ALL_BANDS)) {
    merged = new Map();
    for (const g of bands.values()) add(merged, `${g.stageId}|${g.age}`, g);
  }
  const outlooks = new Map<string, number[]>();
  return [...merged.values()].map((g) => {
    const key = `${g.stageId}|${g.age}`;
    let outlook = outlooks.get(key);
    if (!outlook) {
      outlook = closeOutlook(model.get(g.stageId)!, bucketMiddle(g.age), start, ends);
      outlooks.set(key, outlook);
    }
    const mean = g.value / g.count;
    const spread = merged === bands ? 0 : Math.sqrt(Math.max(0, g.squares / g.count - mean * mean));
    return { count: g.count, value: mean, outlook, ...(spread > 0 ? { spread } : {}) };
  });
}

/** Open value and stage-weighted value by expected close: each month, overdue, later, no date. */
function weightedRows(scope: AnalyticsScope, slots: OpenGroup[], months: string[]): WeightedRow[] {
  const probability = new Map(scope.stages.map((s) => [s.id, s.probability / 100]));
  // Slot order: no date, before the first month, the months…, after them.
  const keys = ["none", "overdue", ...months, "later"];
  const rows = keys.map((key) => ({ key, count: 0, value: 0, weighted: 0 }));
  for (const s of slots) {
    const row = rows[s.slot];
    row.count += s.count + s.other;
    row.value += s.value;
    row.weighted += s.value * (probability.get(s.stageId) ?? 0);
  }
  return [...rows.slice(1), rows[0]];
}

/**
 * Open deals read by index ranges (no sort, bands added up); a pipeline small enough for value
 * bands to matter is read again grouped by band, which costs nothing at that size.
 */
async function openDealsFor(scope: AnalyticsScope, starts: Date[]): Promise<OpenDeals> {
  const ranges = await openDealsByRanges(scope, starts);
  const open = ranges.simulation.reduce((n, g) => n + g.count + g.other, 0);
  if (open > BANDS_UP_TO_DEALS) return ranges;
  const groups = await openGroups(scope, starts);
  return { simulation: groups, weighting: groups };
}

/** What will we win in the coming months: the weighted pipeline and the calibrated Monte Carlo. */
export async function getForecast(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<ForecastReport> {
  const scope = await resolveScope(options);
  const current = dayOf(scope.now, scope.offsetMinutes).slice(0, 7);
  const months = Array.from({ length: HORIZON_MONTHS }, (_, i) => addMonths(current, i));
  const ends = months.map((m) => monthStart(addMonths(m, 1), scope.offsetMinutes).getTime());
  const historyFrom = monthStart(addMonths(current, -LOOKBACK_MONTHS), scope.offsetMinutes);

  const starts = [...months, addMonths(current, HORIZON_MONTHS)].map((m) => monthStart(m, scope.offsetMinutes));
  const [open, samples, won] = await Promise.all([
    openDealsFor(scope, starts),
    closeSamples(scope, historyFrom, scope.now, { latest: TRAINING_DEALS }),
    wonByMonth(scope, monthStart(current, scope.offsetMinutes), scope.now),
  ]);
  const model = trainModel(samples, scope.stages, { fromMonth: addMonths(current, -LOOKBACK_MONTHS), toMonth: addMonths(current, 1) });
  const groups = open.simulation;
  const simulationInput = simulationGroups(groups, model, scope.now.getTime(), ends);
  const simulation = simulate(simulationInput, { periods: months.length });
  const exact = expectedRevenue(simulationInput, months.length);
  const wonSoFar = won.reduce((s, w) => s + w.value, 0);

  const stages = scope.stages.map((s) => {
    const c = stageCalibration(model, s.id)!;
    const inStage = groups.filter((g) => g.stageId === s.id);
    return {
      stageId: s.id,
      name: s.name,
      ...c,
      openDeals: inStage.reduce((n, g) => n + g.count + g.other, 0),
      openValue: inStage.reduce((n, g) => n + g.value, 0),
    };
  });

  return {
    scope,
    months,
    weighted: weightedRows(scope, open.weighting, months),
    calibrated: months.map((month, i) => ({ month, ...simulation.periods[i], expected: exact[i], wonSoFar: i === 0 ? wonSoFar : 0 })),
    total: { ...simulation.total, expected: exact.reduce((a, b) => a + b, 0) },
    runs: simulation.runs,
    stages,
    otherCurrencyDeals: groups.reduce((n, g) => n + g.other, 0),
  };
}
