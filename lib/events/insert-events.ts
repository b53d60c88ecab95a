import "server-only";
// Stores a batch's events in multi-row INSERTs that skip ids already stored
// (ON CONFLICT ("externalId") DO NOTHING … RETURNING): the database, not a read before the write,
// decides what is new, so a retried batch never double counts.
import type { Tx } from "@/lib/db-client";
import { insertRows } from "./bulk-sql";
import { newIds } from "./new-id";
import type { ParsedEvent } from "./parse-batch";

const COLUMNS = [
  ["id", "text"],
  ["externalId", "text"],
  ["personId", "text"],
  ["type", "text"],
  ["channel", "text"],
  ["utmSource", "text"],
  ["utmMedium", "text"],
  ["utmCampaign", "text"],
  ["occurredAt", "timestamp"],
  ["properties", "text"],
  ["receivedAt", "timestamp"],
] as const;

/** Returns the client ids that were stored now (the others were already there). */
export async function insertEvents(options: { tx: Tx; events: ParsedEvent[]; personOf: string[] }): Promise<Set<string>> {
  const { tx, events, personOf } = options;
  if (events.length === 0) return new Set();
  const ids = newIds(events.length);
  const rows = events.map((e, i) => [
    ids[i],
    e.clientId,
    personOf[i],
    e.type,
    e.channel,
    e.utmSource,
    e.utmMedium,
    e.utmCampaign,
    e.occurredAt,
    e.properties,
    e.receivedAt,
  ]);
  const stored = await insertRows<{ externalId: string }>(tx, {
    table: "Event",
    columns: COLUMNS,
    rows,
    onConflict: `ON CONFLICT ("externalId") DO NOTHING`,
    returning: ["externalId"],
  });
  return new Set(stored.map((r) => r.externalId));
}
