// The maths of lead scoring, pure and unit-tested. A person's score is the sum of their signals,
// one per scoring rule; a signal is the rule's points for every matching event, each halved every
// `halfLifeDays` since it happened. A signal is stored as (value, at): its value decayed to `at`,
// so one more event costs O(1) — value' = value·2^(−Δt/halfLife) + points — never a rescan.

export const DAY_MS = 86_400_000;

export type Temperature = "COLD" | "WARM" | "HOT";

export interface Thresholds {
  /** Score from which a person is warm. */
  warm: number;
  /** Score from which a person is hot (≥ warm). */
  hot: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { warm: 25, hot: 60 };

export interface Signal {
  /** Points decayed to `at`. */
  value: number;
  /** Epoch milliseconds. */
  at: number;
  /** How many events fed the signal. */
  events: number;
}

/** 2^(−Δt/halfLife). A moment before the signal's time does not grow it; no half-life: no decay. */
export function decayFactor(elapsedMs: number, halfLifeDays: number): number {
  if (!(elapsedMs > 0) || !(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) return 1;
  return Math.pow(2, -elapsedMs / (halfLifeDays * DAY_MS));
}

/** The signal's value at time `t` (its value at `at` when `t` is earlier). */
export function valueAt(signal: Signal, t: number, halfLifeDays: number): number {
  return signal.value * decayFactor(t - signal.at, halfLifeDays);
}

/**
 * One more event worth `points` at time `t`. Events may arrive out of order: a late one is
 * decayed to the signal's time instead of moving the signal back.
 */
export function addEvent(signal: Signal | null, points: number, t: number, halfLifeDays: number): Signal {
  if (signal === null) return { value: points, at: t, events: 1 };
  const at = Math.max(signal.at, t);
  return {
    value: signal.value * decayFactor(at - signal.at, halfLifeDays) + points * decayFactor(at - t, halfLifeDays),
    at,
    events: signal.events + 1,
  };
}

/** Two signals of one rule (two profiles being merged): both decayed to the later time, added. */
export function combineSignals(a: Signal, b: Signal, halfLifeDays: number): Signal {
  const at = Math.max(a.at, b.at);
  return { value: valueAt(a, at, halfLifeDays) + valueAt(b, at, halfLifeDays), at, events: a.events + b.events };
}

/** Scores are shown and compared with one decimal. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

/** Σ signals decayed to `t`, rounded to one decimal. */
export function scoreAt(signals: { signal: Signal; halfLifeDays: number }[], t: number): number {
  let sum = 0;
  for (const { signal, halfLifeDays } of signals) sum += valueAt(signal, t, halfLifeDays);
  return roundScore(sum);
}

export function temperatureOf(score: number, thresholds: Thresholds): Temperature {
  if (score >= thresholds.hot) return "HOT";
  if (score >= thresholds.warm) return "WARM";
  return "COLD";
}

export interface RankedSignal<T> {
  item: T;
  /** Value now, one decimal. */
  value: number;
  /** Share of the score, 0..1. */
  share: number;
}

/** The signals that explain a score, largest first; those worth less than 0.05 points are dropped. */
export function topSignals<T extends { signal: Signal; halfLifeDays: number }>(items: T[], t: number, limit: number): RankedSignal<T>[] {
  const valued = items.map((item) => ({ item, raw: valueAt(item.signal, t, item.halfLifeDays) }));
  const total = valued.reduce((sum, v) => sum + Math.max(0, v.raw), 0);
  return valued
    .filter((v) => Math.abs(v.raw) >= 0.05)
    .sort((a, b) => b.raw - a.raw)
    .slice(0, limit)
    .map((v) => ({ item: v.item, value: roundScore(v.raw), share: total > 0 ? Math.max(0, v.raw) / total : 0 }));
}
