// "Deal entered stage X" and "deal lost (with reason X)": new StageTransition rows since the
// watermark (re-reading OVERLAP_MS before it), each fact enqueued once per rule.
import type { Db } from "@/lib/db-client";
import { dedupeKeys, meetsConditions, transitionFires } from "@/lib/automations/match-trigger";
import { stepDueAt } from "@/lib/automations/chain";
import { enqueueRuns, type NewRun } from "./enqueue-runs";
import { loadSubjects } from "./load-subjects";
import { rulesOf, type Rule } from "./load-rules";
import { advanceWatermark, readWatermark, scanStart, WATERMARKS } from "./watermark";

const PAGE = 500;
const MAX_PAGES = 20;

export async function scanTransitions(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  const mark = await readWatermark(db, WATERMARKS.transitions);
  const active = rulesOf(rules, "stage_entered", "deal_lost");
  if (active.length === 0) return 0;
  const earliestRule = Math.min(...active.map((r) => r.createdAt.getTime()));
  const start = scanStart(mark, new Date(earliestRule));
  const since = start.since;
  // pipelineId IN (…) lets both databases use the (pipelineId, at) index.
  const pipelineIds = (await db.pipeline.findMany({ select: { id: true } })).map((p) => p.id);
  let enqueued = 0;
  let cursor = start.cursor;
  let partial = false;
  for (let page = 0; ; page++) {
    if (page === MAX_PAGES) {
      partial = true;
      break;
    }
    const rows: { id: string; dealId: string; at: Date; fromStageId: string | null; toStageId: string | null; fromStatus: string | null; toStatus: string; lossReasonId: string | null; byUserId: string | null }[] =
      await db.stageTransition.findMany({
        where: {
          pipelineId: { in: pipelineIds },
          at: { gte: since, lte: now },
          ...(cursor ? { OR: [{ at: { gt: cursor.at } }, { at: cursor.at, id: { gt: cursor.id } }] } : {}),
        },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        take: PAGE,
        select: { id: true, dealId: true, at: true, fromStageId: true, toStageId: true, fromStatus: true, toStatus: true, lossReasonId: true, byUserId: true },
      });
    if (rows.length === 0) break;
    const subjects = await loadSubjects(db, { dealIds: rows.map((r) => r.dealId) });
    const runs: NewRun[] = [];
    for (const t of rows) {
      for (const rule of active) {
        if (t.at.getTime() < rule.createdAt.getTime() || !transitionFires(rule.trigger, t)) continue;
        const deal = subjects.deal(t.dealId);
        if (!deal || !meetsConditions(rule.trigger.conditions, subjects.facts(deal, null))) continue;
        runs.push({
          automationId: rule.id,
          dealId: deal.id,
          personId: deal.personId,
          dedupeKey: dedupeKeys.transition(rule.id, t.id),
          dueAt: stepDueAt(rule.actions, 0, now),
          createdAt: now,
        });
      }
    }
    enqueued += await enqueueRuns(db, runs);
    const last = rows[rows.length - 1];
    cursor = { at: last.at, id: last.id };
    if (rows.length < PAGE) break;
  }
  if (cursor && (!mark.at || cursor.at >= mark.at)) await advanceWatermark(db, mark, { ...cursor, partial });
  return enqueued;
}
