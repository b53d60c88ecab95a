// "Event of a type received" (e.g. cart_abandoned): Event rows received since the watermark.
// The subject is the event's person and their current open deal (if any). Events that happened
// more than a day before they arrived (imports, backfills) do not fire: old news is not a cue.
import type { Db } from "@/lib/db-client";
import { dedupeKeys, meetsConditions } from "@/lib/automations/match-trigger";
import { stepDueAt } from "@/lib/automations/chain";
import { enqueueRuns, type NewRun } from "./enqueue-runs";
import { loadSubjects } from "./load-subjects";
import { rulesOf, type Rule } from "./load-rules";
import { advanceWatermark, readWatermark, scanStart, WATERMARKS } from "./watermark";

const PAGE = 500;
const MAX_PAGES = 20;
const STALE_MS = 24 * 60 * 60_000;

export async function scanEvents(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  const mark = await readWatermark(db, WATERMARKS.events);
  const active = rulesOf(rules, "event");
  if (active.length === 0) return 0;
  const types = [...new Set(active.map((r) => r.trigger.eventType))];
  const earliestRule = Math.min(...active.map((r) => r.createdAt.getTime()));
  const start = scanStart(mark, new Date(earliestRule));
  const since = start.since;
  let enqueued = 0;
  let cursor = start.cursor;
  let partial = false;
  for (let page = 0; ; page++) {
    if (page === MAX_PAGES) {
      partial = true;
      break;
    }
    // type + occurredAt use the (type, occurredAt) index; receivedAt is the stream's order.
    const rows = await db.event.findMany({
      where: {
        type: { in: types },
        occurredAt: { gte: new Date(since.getTime() - STALE_MS) },
        receivedAt: { gte: since, lte: now },
        ...(cursor ? { OR: [{ receivedAt: { gt: cursor.at } }, { receivedAt: cursor.at, id: { gt: cursor.id } }] } : {}),
      },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      take: PAGE,
      select: { id: true, personId: true, type: true, occurredAt: true, receivedAt: true },
    });
    if (rows.length === 0) break;
    const subjects = await loadSubjects(db, { personIds: rows.map((r) => r.personId) });
    const runs: NewRun[] = [];
    for (const e of rows) {
      if (e.receivedAt.getTime() - e.occurredAt.getTime() > STALE_MS) continue;
      for (const rule of active) {
        if (rule.trigger.eventType !== e.type || e.receivedAt.getTime() < rule.createdAt.getTime()) continue;
        const deal = subjects.currentDeal(e.personId);
        if (!meetsConditions(rule.trigger.conditions, subjects.facts(deal, e.personId))) continue;
        runs.push({
          automationId: rule.id,
          dealId: deal?.id ?? null,
          personId: e.personId,
          dedupeKey: dedupeKeys.event(rule.id, e.id),
          dueAt: stepDueAt(rule.actions, 0, now),
          createdAt: now,
        });
      }
    }
    enqueued += await enqueueRuns(db, runs);
    const last = rows[rows.length - 1];
    cursor = { at: last.receivedAt, id: last.id };
    if (rows.length < PAGE) break;
  }
  if (cursor && (!mark.at || cursor.at >= mark.at)) await advanceWatermark(db, mark, { ...cursor, partial });
  return enqueued;
}
