// A deal's path through its pipeline, and the StageTransition rows that record it. Random deals
// get a planned path (forward moves, skips, a step back, a lost-and-reopened episode); stories
// write their steps by hand. Both go through `applyHistory`, which also sets the deal's status fields.
import type { DealStatus } from "../../lib/generated/prisma/enums";
import type { LossReasonIds, LossReasonKey } from "./loss-reasons";
import type { PipelineRef } from "./pipelines";
import { chance, int, newId } from "./random";
import type { DealRow, SeedData, TransitionRow } from "./types";

export type Step =
  | { kind: "move"; to: number }
  | { kind: "lost"; reason: LossReasonKey; note: string | null }
  | { kind: "reopen" }
  | { kind: "won" };

/** One moment of a deal's history: its creation (step null) or a step, with the stage after it. */
export interface HistoryEntry {
  at: Date;
  stage: number;
  step: Step | null;
}

/** Forward moves to `final`, an occasional skip, and optionally one step back and forward again. */
export function planPath(final: number, options: { skipRate: number; backward: boolean }): number[] {
  const path = [0];
  let i = 0;
  while (i < final) {
    i += chance(options.skipRate) && i + 2 <= final ? 2 : 1;
    path.push(i);
  }
  if (options.backward && path.length >= 3) {
    const at = int(2, path.length - 1); // go back after reaching path[at], then return to it
    const back = Math.max(0, path[at] - (chance(0.7) ? 1 : 2));
    path.splice(at + 1, 0, back, path[at]);
  }
  return path;
}

/** Steps after creation for a path and an outcome; `lostAt` inserts a lost → reopen episode. */
export function stepsFor(
  path: number[],
  outcome: DealStatus,
  extra: { lostReason?: LossReasonKey; lostNote?: string | null; reopenAfter?: { index: number; reason: LossReasonKey; note: string | null } },
): Step[] {
  const steps: Step[] = [];
  path.slice(1).forEach((to, i) => {
    steps.push({ kind: "move", to });
    if (extra.reopenAfter && extra.reopenAfter.index === i + 1) {
      steps.push({ kind: "lost", reason: extra.reopenAfter.reason, note: extra.reopenAfter.note }, { kind: "reopen" });
    }
  });
  if (outcome === "WON") steps.push({ kind: "won" });
  if (outcome === "LOST") steps.push({ kind: "lost", reason: extra.lostReason ?? "silent", note: extra.lostNote ?? null });
  return steps;
}

/**
 * Writes the transitions for `steps` at `times` (one per step, increasing, after deal.createdAt)
 * and sets the deal's stage, status, stageEnteredAt, closedAt and loss fields from them.
 */
export function applyHistory(options: {
  data: SeedData;
  deal: DealRow;
  pipeline: PipelineRef;
  steps: Step[];
  times: Date[];
  lossReasons: LossReasonIds;
  byUser: (step: Step | null) => string | null;
}): HistoryEntry[] {
  const { data, deal, pipeline, steps, times, lossReasons, byUser } = options;
  const stageId = (i: number) => pipeline.stages[i].id;
  let stage = 0;
  let status: DealStatus = "OPEN";
  const row = (r: Omit<TransitionRow, "id" | "dealId" | "pipelineId">) =>
    data.transitions.push({ id: newId(), dealId: deal.id, pipelineId: pipeline.id, ...r });

  row({ fromStageId: null, toStageId: stageId(0), fromStatus: null, toStatus: "OPEN", at: deal.createdAt, byUserId: byUser(null), lossReasonId: null, note: null });
  const history: HistoryEntry[] = [{ at: deal.createdAt, stage: 0, step: null }];
  deal.stageEnteredAt = deal.createdAt;
  deal.closedAt = null;
  deal.lossReasonId = null;
  deal.lossNote = null;

  steps.forEach((step, i) => {
    const at = times[i];
    const by = byUser(step);
    const here = stageId(stage);
    if (step.kind === "move") {
      row({ fromStageId: here, toStageId: stageId(step.to), fromStatus: "OPEN", toStatus: "OPEN", at, byUserId: by, lossReasonId: null, note: null });
      stage = step.to;
      deal.stageEnteredAt = at;
    } else if (step.kind === "won" || step.kind === "lost") {
      const lossReasonId = step.kind === "lost" ? lossReasons[step.reason] : null;
      const note = step.kind === "lost" ? step.note : null;
      row({ fromStageId: here, toStageId: here, fromStatus: "OPEN", toStatus: step.kind === "won" ? "WON" : "LOST", at, byUserId: by, lossReasonId, note });
      status = step.kind === "won" ? "WON" : "LOST";
      deal.closedAt = at;
      deal.lossReasonId = lossReasonId;
      deal.lossNote = note;
    } else {
      row({ fromStageId: here, toStageId: here, fromStatus: status, toStatus: "OPEN", at, byUserId: by, lossReasonId: null, note: null });
      status = "OPEN";
      deal.closedAt = null;
      deal.lossReasonId = null;
      deal.lossNote = null;
      deal.stageEnteredAt = at; // as reopenDeal does: the deal is back on the board from now
    }
    history.push({ at, stage, step });
  });
  deal.status = status;
  deal.stageId = stageId(stage);
  return history;
}
