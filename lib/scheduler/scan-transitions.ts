// "Deal entered stage X" and "deal lost (with reason X)": new StageTransition rows since the
// watermark (re-reading OVERLAP_MS before it), each fact enqueued once per rule. A transition
// fires a rule when it happened at or after the rule's activeSince: switching a rule on never
// acts on the moves and losses that came before.
import type { Db } from "@/lib/db-client";
import { dedupeKeys, meetsConditions, transitionFires, type TransitionFact } from "@/lib/automations/match-trigger";
import { newRun, type NewRun } from "./enqueue-runs";
import { loadSubjects } from "./load-subjects";
import { rulesOf, type Rule } from "./load-rules";
import { PAGE, afterCursor, scanStream, type StreamPosition } from "./scan-stream";
import { WATERMARKS } from "./watermark";

type TransitionRule = Rule<Extract<Rule["trigger"], { kind: "stage_entered" | "deal_lost" }>>;

export interface TransitionRow extends TransitionFact {
  id: string;
  dealId: string;
  at: Date;
}

/**
 * Up to PAGE transitions in [since, now], after `cursor`, in (at, id) order; only into one stage
 * when `toStageId` is given (a replay of one rule), else of every pipeline.
 */
export async function readTransitions(
  db: Db,
  options: { since: Date; now: Date; cursor: StreamPosition | null; pipelineIds?: string[]; toStageId?: string; toStatus?: "OPEN" | "LOST" },
): Promise<TransitionRow[]> {
  // pipelineId IN (…) lets both databases use the (pipelineId, at) index; toStageId has its own.
  const scope = options.toStageId
    ? { toStageId: options.toStageId }
    : { pipelineId: { in: options.pipelineIds ?? (await db.pipeline.findMany({ select: { id: true } })).map((p) => p.id) } };
  return db.stageTransition.findMany({
    where: { ...scope, ...(options.toStatus ? { toStatus: options.toStatus } : {}), at: { gte: options.since, lte: options.now }, ...afterCursor("at", options.cursor) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: PAGE,
    select: { id: true, dealId: true, at: true, fromStageId: true, toStageId: true, fromStatus: true, toStatus: true, lossReasonId: true, byUserId: true },
  });
}

/** The runs these transitions give: each rule from its activeSince on, if its conditions hold. */
export async function transitionRuns(db: Db, rules: readonly TransitionRule[], rows: readonly TransitionRow[], now: Date): Promise<NewRun[]> {
  const subjects = await loadSubjects(db, { dealIds: rows.map((r) => r.dealId) });
  const runs: NewRun[] = [];
  for (const t of rows) {
    for (const rule of rules) {
      if (t.at.getTime() < rule.activeSince.getTime() || !transitionFires(rule.trigger, t)) continue;
      const deal = subjects.deal(t.dealId);
      if (!deal || !meetsConditions(rule.trigger.conditions, subjects.facts(deal, null))) continue;
      runs.push(newRun(rule, now, dedupeKeys.transition(rule.id, t.id), deal.id, deal.personId));
    }
  }
  return runs;
}

export async function scanTransitions(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  const active = rulesOf(rules, "stage_entered", "deal_lost");
  if (active.length === 0) return 0;
  const pipelineIds = (await db.pipeline.findMany({ select: { id: true } })).map((p) => p.id);
  return scanStream(db, {
    watermark: WATERMARKS.transitions,
    floor: new Date(Math.min(...active.map((r) => r.activeSince.getTime()))),
    readPage: (since, cursor) => readTransitions(db, { since, now, cursor, pipelineIds }),
    position: (t) => ({ at: t.at, id: t.id }),
    runsFor: (rows) => transitionRuns(db, active, rows, now),
  });
}
