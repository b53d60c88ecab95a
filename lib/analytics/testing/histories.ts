// Hand-built deal histories for the analytics tests: a deal and its StageTransition rows written
// exactly as the app writes them (creation row, moves, closings, reopenings), with chosen times,
// so every metric has a known answer.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TestPipeline } from "@/lib/testing/fixtures";
import { rebuildStageVisits } from "@/lib/deals/rebuild-stage-visits";

export const DAY = 86_400_000;
/** Monday 2 March 2026, 09:00 UTC (12:00 in Moscow, the default display time zone). */
export const T0 = Date.UTC(2026, 2, 2, 9);
/** An instant `days` (fractional allowed) after T0. */
export const day = (days: number) => new Date(T0 + days * DAY);

export type Step =
  | { at: number; move: number }
  | { at: number; won: true }
  | { at: number; lost: string | null; note?: string }
  | { at: number; reopen: true };

let seq = 0;

export interface HistoryOptions {
  pipeline: TestPipeline;
  ownerId: string;
  /** Days after T0. */
  createdAt: number;
  steps?: Step[];
  value?: number;
  currency?: string;
  source?: string | null;
  personId?: string | null;
  expectedCloseAt?: number | null;
  title?: string;
}

/** Writes the deal (its final stage and status follow from the steps) and its transitions. */
export async function dealWithHistory(o: HistoryOptions): Promise<string> {
  const id = `hist${String(++seq).padStart(5, "0")}${Math.random().toString(36).slice(2, 6)}`;
  const stage = (i: number) => o.pipeline.stages[i].id;
  let current = 0;
  let status: "OPEN" | "WON" | "LOST" = "OPEN";
  let enteredAt = o.createdAt;
  let closedAt: number | null = null;
  let lossReasonId: string | null = null;
  let lossNote: string | null = null;
  const rows: Prisma.StageTransitionCreateManyInput[] = [];
  type Status = "OPEN" | "WON" | "LOST";
  const push = (r: { from: number | null; to: number; fromStatus: Status | null; toStatus: Status; at: number; reason?: string | null; note?: string | null }) =>
    rows.push({
      dealId: id,
      pipelineId: o.pipeline.id,
      fromStageId: r.from === null ? null : stage(r.from),
      toStageId: stage(r.to),
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      at: day(r.at),
      byUserId: o.ownerId,
      lossReasonId: r.reason ?? null,
      note: r.note ?? null,
    });
  push({ from: null, to: 0, fromStatus: null, toStatus: "OPEN", at: o.createdAt });
  for (const step of o.steps ?? []) {
    if ("move" in step) {
      if (status !== "OPEN") throw new Error("a closed deal cannot move");
      push({ from: current, to: step.move, fromStatus: "OPEN", toStatus: "OPEN", at: step.at });
      current = step.move;
      enteredAt = step.at;
    } else if ("won" in step || "lost" in step) {
      const lost = "lost" in step;
      push({ from: current, to: current, fromStatus: "OPEN", toStatus: lost ? "LOST" : "WON", at: step.at, reason: lost ? step.lost : null, note: lost ? (step.note ?? null) : null });
      status = lost ? "LOST" : "WON";
      closedAt = step.at;
      lossReasonId = lost ? step.lost : null;
      lossNote = lost ? (step.note ?? null) : null;
    } else {
      push({ from: current, to: current, fromStatus: status, toStatus: "OPEN", at: step.at });
      status = "OPEN";
      closedAt = null;
      lossReasonId = null;
      lossNote = null;
      enteredAt = step.at;
    }
  }
  await db.deal.create({
    data: {
      id,
      title: o.title ?? `History ${seq}`,
      value: BigInt(o.value ?? 100_000),
      currency: o.currency ?? "RUB",
      expectedCloseAt: o.expectedCloseAt === undefined || o.expectedCloseAt === null ? null : day(o.expectedCloseAt),
      status,
      ownerId: o.ownerId,
      personId: o.personId ?? null,
      pipelineId: o.pipeline.id,
      stageId: stage(current),
      rank: `a${seq}`,
      lossReasonId,
      lossNote,
      source: o.source === undefined ? "ads" : o.source,
      stageEnteredAt: day(enteredAt),
      lastTouchAt: day(closedAt ?? enteredAt),
      closedAt: closedAt === null ? null : day(closedAt),
      createdAt: day(o.createdAt),
    },
  });
  await db.stageTransition.createMany({ data: rows });
  await rebuildStageVisits(db, [id]);
  return id;
}

/** Filters for the period [T0 + fromDays, T0 + toDays] as calendar days in Moscow. */
export function period(fromDays: number, toDays: number, more: Record<string, string> = {}) {
  const iso = (d: number) => new Date(T0 + d * DAY + 3 * 3_600_000).toISOString().slice(0, 10);
  return { from: iso(fromDays), to: iso(toDays), ...more };
}
