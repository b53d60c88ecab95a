// "Event of a type received" (e.g. cart_abandoned): Event rows received since the watermark.
// The subject is the event's person and their current open deal (if any). Events that happened
// more than a day before they arrived (imports, backfills) do not fire: old news is not a cue.
import type { Db } from "@/lib/db-client";
import { dedupeKeys, meetsConditions } from "@/lib/automations/match-trigger";
import { newRun, type NewRun } from "./enqueue-runs";
import { loadSubjects } from "./load-subjects";
import { rulesOf, type Rule } from "./load-rules";
import { PAGE, afterCursor, scanStream } from "./scan-stream";
import { WATERMARKS } from "./watermark";

const STALE_MS = 24 * 60 * 60_000;

export async function scanEvents(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  const active = rulesOf(rules, "event");
  if (active.length === 0) return 0;
  const types = [...new Set(active.map((r) => r.trigger.eventType))];
  return scanStream(db, {
    watermark: WATERMARKS.events,
    floor: new Date(Math.min(...active.map((r) => r.createdAt.getTime()))),
    // type + occurredAt use the (type, occurredAt) index; receivedAt is the stream's order.
    readPage: (since, cursor) =>
      db.event.findMany({
        where: {
          type: { in: types },
          occurredAt: { gte: new Date(since.getTime() - STALE_MS) },
          receivedAt: { gte: since, lte: now },
          ...afterCursor("receivedAt", cursor),
        },
        orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
        take: PAGE,
        select: { id: true, personId: true, type: true, occurredAt: true, receivedAt: true },
      }),
    position: (e) => ({ at: e.receivedAt, id: e.id }),
    runsFor: async (rows) => {
      const subjects = await loadSubjects(db, { personIds: rows.map((r) => r.personId) });
      const runs: NewRun[] = [];
      for (const e of rows) {
        if (e.receivedAt.getTime() - e.occurredAt.getTime() > STALE_MS) continue;
        for (const rule of active) {
          if (rule.trigger.eventType !== e.type || e.receivedAt.getTime() < rule.createdAt.getTime()) continue;
          const deal = subjects.currentDeal(e.personId);
          if (!meetsConditions(rule.trigger.conditions, subjects.facts(deal, e.personId))) continue;
          runs.push(newRun(rule, now, dedupeKeys.event(rule.id, e.id), deal?.id ?? null, e.personId));
        }
      }
      return runs;
    },
  });
}
