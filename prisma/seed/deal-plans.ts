// The shape of the random deals before they get people and money: per pipeline, how many are
// open / won / lost, where each ended, which path it took and when. Older deals are mostly
// closed; open shop carts are young; some open deals sit idle past their stage's rotting days.
import type { DealStatus } from "../../lib/generated/prisma/enums";
import { type Step, planPath, stepsFor } from "./journey";
import { lossNoteFor, pickLossReason } from "./loss-reasons";
import type { PipelineKey, PipelineRef, Pipelines } from "./pipelines";
import { DAY, addDays, chance, float, shuffle, weighted } from "./random";

export interface DealPlan {
  pipeline: PipelineRef;
  status: DealStatus;
  steps: Step[];
  /** When each step happened (same length as steps). */
  times: Date[];
  createdAt: Date;
  /** First touch of the person for this deal (an ad click or visit shortly before the lead). */
  firstTouchAt: Date;
  /** Open deals: the deal's last touch (old when rotting); closed deals: closedAt. */
  touchUntil: Date;
  rotting: boolean;
  source: string;
}

interface Shape {
  quota: Record<DealStatus, number>;
  openWeights: number[];
  lostWeights: number[];
  wonAtLast: number; // share of wins from the last stage (else the one before)
  skipRate: number;
  backwardRate: number;
  reopenRate: number;
  rottingRate: number;
  stepDays: [number, number];
  reopenDays: [number, number];
  sources: [string, number][];
}

const SHAPES: Record<PipelineKey, Shape> = {
  b2b: {
    quota: { OPEN: 92, WON: 28, LOST: 40 },
    openWeights: [20, 18, 16, 14, 12, 10, 8],
    lostWeights: [8, 12, 14, 18, 22, 16, 10], // leaks after the demo and the proposal
    wonAtLast: 0.85,
    skipRate: 0.1,
    backwardRate: 0.13,
    reopenRate: 0.08,
    rottingRate: 0.35,
    stepDays: [2, 10],
    reopenDays: [14, 40],
    sources: [["ads", 25], ["organic", 20], ["referral", 18], ["email", 10], ["social", 8], ["direct", 9], ["partner", 10]],
  },
  shop: {
    quota: { OPEN: 73, WON: 32, LOST: 35 },
    openWeights: [26, 20, 18, 12, 10, 8, 6],
    lostWeights: [14, 12, 26, 24, 14, 6, 4], // carts and checkout leak most
    wonAtLast: 0.8,
    skipRate: 0.15,
    backwardRate: 0.07,
    reopenRate: 0.04,
    rottingRate: 0.3,
    stepDays: [0.02, 1.2],
    reopenDays: [5, 20],
    sources: [["ads", 35], ["organic", 22], ["referral", 5], ["email", 12], ["social", 16], ["direct", 8], ["partner", 2]],
  },
};

const MAX_AGE_DAYS = 178;

/** Exactly `n` stage indices split by weight (largest remainders), so the funnel's shape is fixed. */
function apportion(weights: number[], n: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / total) * n);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = n - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[order[k][1]]++;
  return counts.flatMap((c, i) => Array<number>(c).fill(i));
}

export function planDeals(pipelines: Pipelines, now: Date): DealPlan[] {
  const plans: DealPlan[] = [];
  for (const key of ["b2b", "shop"] as const) {
    const shape = SHAPES[key];
    const pipeline = pipelines[key];
    const last = pipeline.stages.length - 1;
    const wonWeights = pipeline.stages.map((_, i) => (i === last ? shape.wonAtLast : i === last - 1 ? 1 - shape.wonAtLast : 0));
    const outcomes = shuffle([
      ...apportion(shape.openWeights, shape.quota.OPEN).map((final) => ({ status: "OPEN" as const, final })),
      ...apportion(wonWeights, shape.quota.WON).map((final) => ({ status: "WON" as const, final })),
      ...apportion(shape.lostWeights, shape.quota.LOST).map((final) => ({ status: "LOST" as const, final })),
    ]);
    for (const { status, final } of outcomes) {
      const path = planPath(final, { skipRate: shape.skipRate, backward: chance(shape.backwardRate) });
      const canReopen = status !== "LOST" && path.length >= 3 && chance(shape.reopenRate);
      const reopenReason = pickLossReason(key, false);
      const lostReason = pickLossReason(key, final >= 3);
      const steps = stepsFor(path, status, {
        lostReason,
        lostNote: lossNoteFor(lostReason, key),
        reopenAfter: canReopen ? { index: Math.floor(path.length / 2), reason: reopenReason, note: lossNoteFor(reopenReason, key, true) } : undefined,
      });
      const durations = steps.map((s) => (s.kind === "reopen" ? float(...shape.reopenDays) : s.kind === "move" ? float(...shape.stepDays) : float(0.1, shape.stepDays[1] / 2)));
      const rawTotal = durations.reduce((a, b) => a + b, 0);

      let end: Date; // time of the last step (or creation)
      let touchUntil: Date;
      let rotting = false;
      let total: number;
      if (status === "OPEN") {
        const r = pipeline.stages[final].rottingDays;
        rotting = r !== null && chance(shape.rottingRate);
        const idle = rotting ? r! * float(1.3, 3.2) : (r ?? 4) * float(0.02, 0.8);
        touchUntil = addDays(now, -idle);
        end = addDays(touchUntil, -float(0, key === "b2b" ? 4 : 0.4));
        total = Math.min(rawTotal, MAX_AGE_DAYS - (now.getTime() - end.getTime()) / DAY);
      } else {
        total = Math.min(rawTotal, 150);
        end = addDays(now, -float(0.3, Math.max(0.5, MAX_AGE_DAYS - total - 1)));
        touchUntil = end;
      }
      const scale = rawTotal > 0 ? total / rawTotal : 1;
      const createdAt = addDays(end, -total);
      let t = createdAt.getTime();
      const times = durations.map((d) => new Date((t += Math.max(60_000, d * scale * DAY))));
      const source = weighted(shape.sources);
      const lead = ["ads", "social", "organic", "email"].includes(source) ? float(0, key === "b2b" ? 5 : 0.3) : float(0, 0.05);
      plans.push({ pipeline, status, steps, times, createdAt, firstTouchAt: addDays(createdAt, -lead), touchUntil, rotting, source });
    }
  }
  return plans;
}

/**
 * Groups plans into people: most people have one deal, some a second one that started after the
 * first was closed (a repeat order, an upsell, another try after a loss).
 */
export function groupByPerson(plans: DealPlan[], pairs: Record<PipelineKey, number>): DealPlan[][] {
  const groups: DealPlan[][] = [];
  const paired = new Set<DealPlan>();
  for (const key of ["b2b", "shop"] as const) {
    const mine = plans.filter((p) => p.pipeline.key === key);
    let made = 0;
    for (const later of shuffle([...mine])) {
      if (made >= pairs[key]) break;
      if (paired.has(later)) continue;
      const earlier = mine.find(
        (p) => p !== later && !paired.has(p) && p.status !== "OPEN" && p.touchUntil.getTime() + 5 * DAY < later.firstTouchAt.getTime(),
      );
      if (!earlier) continue;
      paired.add(earlier).add(later);
      groups.push([earlier, later]);
      made++;
    }
  }
  for (const p of plans) if (!paired.has(p)) groups.push([p]);
  return groups;
}
