// Scoring past forecasts against what was actually won: per month the error of each method, and
// per method the mean absolute percentage error (MAPE) and the bias over the months.
export const METHODS = ["weighted", "calibrated", "runRate"] as const;
export type Method = (typeof METHODS)[number];

export interface BacktestMonth {
  month: string;
  actual: number;
  forecast: Record<Method, number>;
}

export interface MethodScore {
  /** Mean of |forecast − actual| ÷ actual over the months with revenue; null when none had any. */
  mape: number | null;
  /** Mean of (forecast − actual) ÷ actual: positive = the method promises too much. */
  bias: number | null;
  /** Mean absolute error in money, over every month. */
  mae: number;
  months: number;
}

/** Signed relative error of one forecast, null when nothing was won (no base to compare with). */
export function relativeError(forecast: number, actual: number): number | null {
  return actual > 0 ? (forecast - actual) / actual : null;
}

export function scoreMethods(months: readonly BacktestMonth[]): Record<Method, MethodScore> {
  const scores = {} as Record<Method, MethodScore>;
  for (const method of METHODS) {
    const errors = months.map((m) => relativeError(m.forecast[method], m.actual)).filter((e): e is number => e !== null);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    scores[method] = {
      mape: mean(errors.map(Math.abs)),
      bias: mean(errors),
      mae: months.length ? months.reduce((s, m) => s + Math.abs(m.forecast[method] - m.actual), 0) / months.length : 0,
      months: months.length,
    };
  }
  return scores;
}

/** The method with the lowest MAPE (ties: lowest absolute bias), or null without a score. */
export function mostAccurate(scores: Record<Method, MethodScore>): Method | null {
  let best: Method | null = null;
  for (const method of METHODS) {
    const s = scores[method];
    if (s.mape === null) continue;
    const b = best ? scores[best] : null;
    if (!b || s.mape < b.mape! || (s.mape === b.mape && Math.abs(s.bias ?? 0) < Math.abs(b.bias ?? 0))) best = method;
  }
  return best;
}

/** Run rate: the average monthly won revenue of the `window` months before `index`. */
export function runRate(wonByMonth: readonly number[], index: number, window = 3): number {
  const past = wonByMonth.slice(Math.max(0, index - window), index);
  return past.length ? past.reduce((a, b) => a + b, 0) / past.length : 0;
}
