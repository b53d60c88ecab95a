import "server-only";
// One transaction that stores valid events (of one request, or of several requests that arrived
// together, see group-commit.ts): resolve people (find, create, link, merge), insert the events
// (ON CONFLICT DO NOTHING … RETURNING: ids already stored are skipped), then move signals,
// scores and touches forward for the events that are new. A few set-based statements in all.
import { db } from "@/lib/db";
import { lockWriters } from "@/lib/db-dialect";
import { IDENTITY_LOCK } from "@/lib/people/merge-people";
import { identityKey } from "./group-identities";
import { insertEvents } from "./insert-events";
import type { ParsedEvent } from "./parse-batch";
import { readBatchState } from "./read-batch-state";
import { resolvePeople } from "./resolve-people";
import { touchPeople } from "./touch-people";

/** What ingest needs of the verified API key: who sent the batch and whether it may merge known people. */
export interface IngestKey {
  id: string;
  mergesKnownPeople: boolean;
}

/** Stores `events` (unique client ids) and returns the client ids that were new. */
export async function writeEvents(options: { events: ParsedEvent[]; now: Date; key: IngestKey }): Promise<Set<string>> {
  const { events, now } = options;
  if (events.length === 0) return new Set();
  return db.$transaction(
    async (tx) => {
      // Writers take turns resolving identities (PostgreSQL; SQLite writes one at a time anyway).
      await lockWriters(tx, IDENTITY_LOCK);
      const identities = new Map(events.flatMap((e) => e.identities.map((i) => [identityKey(i), i] as const)));
      const state = await readBatchState(tx, identities.values());
      const personOf = await resolvePeople({ tx, events, now, state, apiKeyId: options.key.id, mergesKnownPeople: options.key.mergesKnownPeople });
      const inserted = await insertEvents({ tx, events, personOf });
      const added: (ParsedEvent & { personId: string })[] = [];
      events.forEach((e, i) => {
        if (inserted.has(e.clientId)) added.push({ ...e, personId: personOf[i] });
      });
      await touchPeople({ tx, events: added, state, now });
      return inserted;
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
