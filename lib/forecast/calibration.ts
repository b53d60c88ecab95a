// The calibrated forecast's model, learned from the pipeline's own history. For every stage, the
// visits of deals that have since closed: how long after entering the stage they closed, and
// whether they were won. For an open deal that has been in the stage for `age` days, only past
// visits that lasted longer than `age` are comparable (the others had closed by then):
//   chance to win = (wins + 5 × stage probability) ÷ (wins + losses + 5)
// (the stage's configured probability is a prior worth five deals, so thin history stays sane),
// and the time left until the win is drawn from those wins' durations minus `age`.
import { bucketMiddle } from "./day-buckets";

export interface CloseSample {
  stageId: string;
  outcome: "WON" | "LOST";
  /** Lower bound of the day bucket of (close − visit start). */
  bucket: number;
  /** "YYYY-MM" of the close. */
  month: string;
  count: number;
}

export interface StageHistory {
  /** Configured stage probability, 0..1. */
  prior: number;
  won: { days: number; n: number }[];
  lost: { days: number; n: number }[];
}

export type CalibrationModel = Map<string, StageHistory>;

export const PRIOR_WEIGHT = 5;
/** When no past win of the stage took longer than the deal's age: it closes within 30 days. */
export const FALLBACK_REMAINING = [5, 15, 25].map((days) => ({ days, weight: 1 }));

/** Learns from the closes with month in [fromMonth, toMonth) (months "YYYY-MM"). */
export function trainModel(
  samples: readonly CloseSample[],
  stages: readonly { id: string; probability: number }[],
  window: { fromMonth: string; toMonth: string },
): CalibrationModel {
  const model: CalibrationModel = new Map(stages.map((s) => [s.id, { prior: s.probability / 100, won: [], lost: [] }]));
  for (const s of samples) {
    if (s.month < window.fromMonth || s.month >= window.toMonth) continue;
    const history = model.get(s.stageId);
    if (!history) continue;
    (s.outcome === "WON" ? history.won : history.lost).push({ days: bucketMiddle(s.bucket), n: s.count });
  }
  return model;
}

const total = (items: { days: number; n: number }[], minDays: number) => items.reduce((sum, x) => (x.days > minDays ? sum + x.n : sum), 0);

/** Chance that a deal `ageDays` into this stage is won, with the comparable history behind it. */
export function winChance(history: StageHistory, ageDays: number): { p: number; won: number; lost: number } {
  const won = total(history.won, ageDays);
  const lost = total(history.lost, ageDays);
  return { p: (won + PRIOR_WEIGHT * history.prior) / (won + lost + PRIOR_WEIGHT), won, lost };
}

/** Days left until the win, with weights: from comparable past wins, or the 30-day fallback. */
export function remainingDays(history: StageHistory, ageDays: number): { days: number; weight: number }[] {
  const comparable = history.won.filter((w) => w.days > ageDays).map((w) => ({ days: w.days - ageDays, weight: w.n }));
  return comparable.length > 0 ? comparable : FALLBACK_REMAINING;
}

/**
 * Probability that a deal is won and closes in each period: `ends` are the end instants (ms) of
 * consecutive periods starting at `start` (ms); what lands after the last end is left out.
 */
export function closeOutlook(history: StageHistory, ageDays: number, start: number, ends: readonly number[]): number[] {
  const { p } = winChance(history, ageDays);
  const remaining = remainingDays(history, ageDays);
  const weight = remaining.reduce((s, r) => s + r.weight, 0);
  const out = ends.map(() => 0);
  for (const r of remaining) {
    const at = start + r.days * 86_400_000;
    const i = ends.findIndex((end) => at < end);
    if (i >= 0) out[i] += (p * r.weight) / weight;
  }
  return out;
}

/** What the history says per stage, unconditionally (a deal just entering it). */
export function stageCalibration(model: CalibrationModel, stageId: string) {
  const h = model.get(stageId);
  if (!h) return null;
  const won = total(h.won, -1);
  const lost = total(h.lost, -1);
  const sorted = [...h.won].sort((a, b) => a.days - b.days);
  let seen = 0;
  const medianDaysToWin = won === 0 ? null : (sorted.find((w) => (seen += w.n) >= won / 2)?.days ?? null);
  return { won, lost, empirical: won + lost > 0 ? won / (won + lost) : null, calibrated: winChance(h, -1).p, configured: h.prior, medianDaysToWin };
}
