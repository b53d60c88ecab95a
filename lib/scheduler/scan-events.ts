// "Event of a type received" (e.g. cart_abandoned): Event rows received since the watermark.
// The subject is the event's person and their current open deal (if any). An event fires a rule
// when it was received at or after the rule's activeSince: switching a rule on never acts on the
// events that came before. Events that happened more than a day before they arrived (imports,
// backfills) do not fire: old news is not a cue.
import type { Db } from "@/lib/db-client";
import { dedupeKeys, meetsConditions } from "@/lib/automations/match-trigger";
import { newRun, type NewRun } from "./enqueue-runs";
import { loadSubjects } from "./load-subjects";
import { rulesOf, type Rule } from "./load-rules";
import { PAGE, afterCursor, scanStream, type StreamPosition } from "./scan-stream";
import { WATERMARKS } from "./watermark";

const STALE_MS = 24 * 60 * 60_000;

type EventRule = Rule<Extract<Rule["trigger"], { kind: "event" }>>;

export interface EventRow {
  id: string;
  personId: string;
  type: string;
  occurredAt: Date;
  receivedAt: Date;
}

/** Up to PAGE events of `types` received in [since, now], after `cursor`, in (receivedAt, id) order. */
export function readEvents(db: Db, options: { types: string[]; since: Date; now: Date; cursor: StreamPosition | null }): Promise<EventRow[]> {
  const { types, since, now, cursor } = options;
  // type + occurredAt use the (type, occurredAt) index; receivedAt is the stream's order.
  return db.event.findMany({
    where: {
      type: { in: types },
      occurredAt: { gte: new Date(since.getTime() - STALE_MS) },
      receivedAt: { gte: since, lte: now },
      ...afterCursor("receivedAt", cursor),
    },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: PAGE,
    select: { id: true, personId: true, type: true, occurredAt: true, receivedAt: true },
  });
}

/** The runs these events give: each rule fires for its type, from its activeSince on, if conditions hold. */
export async function eventRuns(db: Db, rules: readonly EventRule[], rows: readonly EventRow[], now: Date): Promise<NewRun[]> {
  const subjects = await loadSubjects(db, { personIds: rows.map((r) => r.personId) });
  const runs: NewRun[] = [];
  for (const e of rows) {
    if (e.receivedAt.getTime() - e.occurredAt.getTime() > STALE_MS) continue;
    for (const rule of rules) {
      if (rule.trigger.eventType !== e.type || e.receivedAt.getTime() < rule.activeSince.getTime()) continue;
      const deal = subjects.currentDeal(e.personId);
      if (!meetsConditions(rule.trigger.conditions, subjects.facts(deal, e.personId))) continue;
      runs.push(newRun(rule, now, dedupeKeys.event(rule.id, e.id), deal?.id ?? null, e.personId));
    }
  }
  return runs;
}

export async function scanEvents(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  const active = rulesOf(rules, "event");
  if (active.length === 0) return 0;
  const types = [...new Set(active.map((r) => r.trigger.eventType))];
  return scanStream(db, {
    watermark: WATERMARKS.events,
    floor: new Date(Math.min(...active.map((r) => r.activeSince.getTime()))),
    readPage: (since, cursor) => readEvents(db, { types, since, now, cursor }),
    position: (e) => ({ at: e.receivedAt, id: e.id }),
    runsFor: (rows) => eventRuns(db, active, rows, now),
  });
}
