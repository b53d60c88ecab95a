// The baseline the ingest budget is relative to: the same kind of Event rows written straight
// into the same table (same indexes, same foreign keys) with the driver alone. SQLite: a prepared
// single-row INSERT run once per row inside one transaction per batch (better-sqlite3's own bulk
// idiom); PostgreSQL: one multi-row INSERT per batch with pg.
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteSynchronous } from "../lib/db-adapter";
import { newIds } from "../lib/events/new-id";
import { isoDate } from "./bench-fixture";
import type { EventRow } from "./ingest-workload";

const COLUMNS = ["id", "externalId", "personId", "type", "channel", "utmSource", "utmMedium", "utmCampaign", "occurredAt", "properties", "receivedAt"];
const columnList = COLUMNS.map((c) => `"${c}"`).join(", ");

export type RawCells = (string | null)[];

/** A stable existing person for a visitor: the raw rows keep the workload's sessions together. */
function personFor(anonymousId: string, personIds: readonly string[]): string {
  let hash = 0;
  for (let i = 0; i < anonymousId.length; i++) hash = (hash * 31 + anonymousId.charCodeAt(i)) >>> 0;
  return personIds[hash % personIds.length];
}

/** Event rows for the raw writer: each workload event under a fresh external id, for an existing person per visitor. */
export function rawRows(events: EventRow[], personIds: readonly string[], tag: string): RawCells[] {
  const ids = newIds(events.length);
  const received = isoDate(Date.now());
  return events.map((e, i) => [
    ids[i], `${e.id}-raw${tag}`, personFor(e.identities.anonymousId, personIds), e.type, e.channel, e.utm.source, e.utm.medium, e.utm.campaign,
    e.occurredAt.replace("Z", "+00:00"), JSON.stringify(e.properties), received,
  ]);
}

export interface RawWriter {
  /** Writes one batch in one transaction; returns the seconds it took. */
  write(rows: RawCells[]): Promise<number>;
  close(): Promise<void>;
}

export async function openRawWriter(url: string): Promise<RawWriter> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length));
    // The app's settings (lib/db-sqlite-adapter.ts): WAL, synchronous as SQLITE_SYNCHRONOUS says
    // (FULL by default); better-sqlite3 enforces foreign keys.
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${sqliteSynchronous().toUpperCase()}`);
    const insert = db.prepare(`INSERT INTO "Event" (${columnList}) VALUES (${COLUMNS.map(() => "?").join(", ")})`);
    const batch = db.transaction((rows: RawCells[]) => {
      for (const row of rows) insert.run(...row);
    });
    return {
      async write(rows) {
        const t = performance.now();
        batch(rows);
        return (performance.now() - t) / 1000;
      },
      async close() {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async write(rows) {
      const values = rows.map((_, r) => `(${COLUMNS.map((__, c) => `$${r * COLUMNS.length + c + 1}`).join(", ")})`).join(", ");
      const t = performance.now();
      await client.query("BEGIN");
      await client.query(`INSERT INTO "Event" (${columnList}) VALUES ${values}`, rows.flat());
      await client.query("COMMIT");
      return (performance.now() - t) / 1000;
    },
    close: () => client.end(),
  };
}
