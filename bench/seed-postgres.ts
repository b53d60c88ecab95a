// Writes the benchmark data (seed-rows.ts) into an empty PostgreSQL database with `pg`: the schema
// from prisma/postgresql/migrations, then every row in one transaction as multi-row INSERTs with
// bind parameters (a few thousand rows per statement), then the StageTotal counters, then
// VACUUM ANALYZE. 100k open deals take well under a minute.
import path from "node:path";
import pg from "pg";
import { rebuildStageVisitsSql } from "../lib/deals/rebuild-stage-visits";
import { BULK_TABLES, COLUMNS, DERIVED_TABLES, STAGE_TOTALS_SQL, TABLES, benchRows, migrationSql, seedCounter, type Cell, type SeedOptions, type SeedSummary, type Table } from "./seed-rows";

const MIGRATIONS_DIR = path.join(import.meta.dirname, "..", "prisma", "postgresql", "migrations");
/** Bind parameters per INSERT (PostgreSQL's limit is 65,535). */
const MAX_PARAMS = 30_000;
/** Text parameters that go into PostgreSQL enum columns need an explicit cast. */
const ENUM_OF: Record<string, string> = { role: "Role", status: "DealStatus", temperature: "Temperature", fromStatus: "DealStatus", toStatus: "DealStatus" };

const rowsPerInsert = (table: Table) => Math.floor(MAX_PARAMS / COLUMNS[table].length);

const insertSqlCache = new Map<string, string>();
/** `INSERT INTO "T" (…) VALUES ($1, $2::"Enum", …), (…)` for `rows` rows. */
function insertSql(table: Table, rows: number): string {
  const key = `${table}:${rows}`;
  const cached = insertSqlCache.get(key);
  if (cached) return cached;
  const columns: readonly string[] = COLUMNS[table];
  const casts = columns.map((c) => (ENUM_OF[c] ? `::"${ENUM_OF[c]}"` : ""));
  const tuples = Array.from({ length: rows }, (_, r) => `(${casts.map((cast, c) => `$${r * columns.length + c + 1}${cast}`).join(",")})`);
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(",")}`;
  insertSqlCache.set(key, sql);
  return sql;
}

/**
 * Drops the secondary indexes and the foreign keys of the bulk-loaded tables and returns a function
 * that recreates them from their own definitions: one index build and one join per foreign key
 * cost far less than keeping indexes sorted and checking every row's references one at a time
 * (the checks alone double the insert time). Primary keys stay: re-adding a foreign key needs them.
 */
async function deferIndexesAndForeignKeys(client: pg.Client, tables: readonly string[]): Promise<() => Promise<void>> {
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = ANY($1)
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`,
    [tables],
  );
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE contype = 'f' AND connamespace = current_schema()::regnamespace AND conrelid::regclass::text = ANY($1)`,
    [tables.map((t) => `"${t}"`)],
  );
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  return async () => {
    for (const index of indexes) await client.query(index.def);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  };
}

/** Seeds the (empty, freshly created) database at `url`. */
export async function seedPostgres(options: SeedOptions & { url: string }): Promise<SeedSummary> {
  const counter = seedCounter(options.openDeals);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    for (const sql of migrationSql(MIGRATIONS_DIR)) await client.query(sql);
    await client.query("BEGIN");
    // One commit at the end: no WAL flush per statement.
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const restore = await deferIndexesAndForeignKeys(client, [...BULK_TABLES, ...DERIVED_TABLES]);

    const buffers = Object.fromEntries(TABLES.map((t) => [t, [] as Cell[]])) as Record<Table, Cell[]>;
    // Tables are flushed in foreign-key order, so a row never reaches the server before what it references.
    const flush = async () => {
      for (const table of TABLES) {
        const values = buffers[table];
        if (values.length === 0) continue;
        await client.query(insertSql(table, values.length / COLUMNS[table].length), values);
        buffers[table] = [];
      }
    };
    for (const [table, cells] of benchRows(options)) {
      const buffer = buffers[table];
      for (const cell of cells) buffer.push(cell);
      counter.count(table);
      if (buffer.length >= rowsPerInsert(table) * COLUMNS[table].length) await flush();
    }
    await flush();
    for (const sql of rebuildStageVisitsSql("postgresql")) await client.query(sql);
    await restore();
    await client.query(STAGE_TOTALS_SQL);
    await client.query("COMMIT");
    // Planner statistics, and a visibility map as a long-running database has (index-only scans
    // skip the heap); it also keeps autovacuum from starting on the fresh rows mid-measurement.
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
  return counter.summary();
}
