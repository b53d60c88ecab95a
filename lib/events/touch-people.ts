import "server-only";
// After a batch's new events are stored: their people's signals and scores move forward
// (incrementally, see lib/scoring/score-people.ts), and their lastTouchAt, first-touch channel
// and open deals' lastTouchAt follow, in two set-based UPDATEs. The person's updatedAt is left
// alone: new events are not an edit of the profile (the edit form checks updatedAt for conflicts).
import type { Tx } from "@/lib/db-client";
import { scorePeople } from "@/lib/scoring/score-people";
import { updateFromRows } from "./bulk-sql";
import type { ParsedEvent } from "./parse-batch";
import type { BatchState } from "./read-batch-state";

export async function touchPeople(options: { tx: Tx; events: (ParsedEvent & { personId: string })[]; state: BatchState; now: Date }): Promise<void> {
  const { tx, events, state, now } = options;
  if (events.length === 0) return;
  const nowMs = now.getTime();
  const touch = new Map<string, { last: number; first: number; channel: string | null }>();
  for (const e of events) {
    const at = Math.min(e.occurredAt.getTime(), nowMs);
    const seen = touch.get(e.personId);
    if (!seen) {
      touch.set(e.personId, { last: at, first: e.channel ? at : Infinity, channel: e.channel });
      continue;
    }
    if (at > seen.last) seen.last = at;
    if (e.channel && at < seen.first) {
      seen.first = at;
      seen.channel = e.channel;
    }
  }

  const personIds = [...touch.keys()];
  const scores = await scorePeople({ tx, config: state.config, known: state.signals, personIds, events, now });
  await updateFromRows(tx, {
    table: "Person",
    columns: [
      ["id", "text"],
      ["score", "float"],
      ["temperature", "enum:Temperature"],
      ["lastTouchAt", "timestamp"],
      ["channel", "text"],
      ["scoreAt", "timestamp"],
    ],
    rows: personIds.map((id) => {
      const t = touch.get(id)!;
      const s = scores.get(id)!;
      return [id, s.score, s.temperature, new Date(t.last), t.channel, now];
    }),
    set:
      `"score" = v."score", "temperature" = v."temperature", "scoreAt" = v."scoreAt", ` +
      `"lastTouchAt" = CASE WHEN "Person"."lastTouchAt" IS NULL OR "Person"."lastTouchAt" < v."lastTouchAt" THEN v."lastTouchAt" ELSE "Person"."lastTouchAt" END, ` +
      `"firstTouchChannel" = COALESCE("Person"."firstTouchChannel", v."channel")`,
    where: `"Person"."id" = v."id"`,
  });
  // Open deals follow their person's touch; most web visitors have none, so usually no statement.
  const withDeals = personIds.filter((id) => state.openDeals.has(id));
  await updateFromRows(tx, {
    table: "Deal",
    columns: [
      ["personId", "text"],
      ["at", "timestamp"],
    ],
    rows: withDeals.map((id) => [id, new Date(touch.get(id)!.last)]),
    set: `"lastTouchAt" = v."at"`,
    where: `"Deal"."personId" = v."personId" AND "Deal"."status" = 'OPEN' AND "Deal"."lastTouchAt" < v."at"`,
  });
}
