// "Deal entered stage X" and "deal lost (with reason X)": new StageTransition rows since the
// watermark (re-reading OVERLAP_MS before it), each fact enqueued once per rule.
import type { Db } from "@/lib/db-client";
import { dedupeKeys, meetsConditions, transitionFires } from "@/lib/automations/match-trigger";
import { newRun, type NewRun } from "./enqueue-runs";
import { loadSubjects } from "./load-subjects";
import { rulesOf, type Rule } from "./load-rules";
import { PAGE, afterCursor, scanStream } from "./scan-stream";
import { WATERMARKS } from "./watermark";

export async function scanTransitions(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  const active = rulesOf(rules, "stage_entered", "deal_lost");
  if (active.length === 0) return 0;
  // pipelineId IN (…) lets both databases use the (pipelineId, at) index.
  const pipelineIds = (await db.pipeline.findMany({ select: { id: true } })).map((p) => p.id);
  return scanStream(db, {
    watermark: WATERMARKS.transitions,
    floor: new Date(Math.min(...active.map((r) => r.createdAt.getTime()))),
    readPage: (since, cursor) =>
      db.stageTransition.findMany({
        where: { pipelineId: { in: pipelineIds }, at: { gte: since, lte: now }, ...afterCursor("at", cursor) },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        take: PAGE,
        select: { id: true, dealId: true, at: true, fromStageId: true, toStageId: true, fromStatus: true, toStatus: true, lossReasonId: true, byUserId: true },
      }),
    position: (t) => ({ at: t.at, id: t.id }),
    runsFor: async (rows) => {
      const subjects = await loadSubjects(db, { dealIds: rows.map((r) => r.dealId) });
      const runs: NewRun[] = [];
      for (const t of rows) {
        for (const rule of active) {
          if (t.at.getTime() < rule.createdAt.getTime() || !transitionFires(rule.trigger, t)) continue;
          const deal = subjects.deal(t.dealId);
          if (!deal || !meetsConditions(rule.trigger.conditions, subjects.facts(deal, null))) continue;
          runs.push(newRun(rule, now, dedupeKeys.transition(rule.id, t.id), deal.id, deal.personId));
        }
      }
      return runs;
    },
  });
}
