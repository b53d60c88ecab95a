// Writes the benchmark data (seed-rows.ts) into a SQLite file with raw better-sqlite3: the schema
// from prisma/migrations, then every row in one transaction with prepared statements, then the
// StageTotal counters. 100k open deals take a few seconds.
import path from "node:path";
import Database from "better-sqlite3";
import { rebuildStageVisitsSql } from "../lib/deals/rebuild-stage-visits";
import { BULK_TABLES, COLUMNS, DERIVED_TABLES, STAGE_TOTALS_SQL, TABLES, benchRows, migrationSql, seedCounter, type Cell, type SeedOptions, type SeedSummary } from "./seed-rows";

const MIGRATIONS_DIR = path.join(import.meta.dirname, "..", "prisma", "migrations");

/**
 * Drops the secondary indexes of the bulk-loaded tables and returns a function that recreates
 * them from their own SQL (sqlite_master): building an index once is much faster than keeping
 * it sorted through hundreds of thousands of random-order inserts.
 */
function deferIndexes(db: Database.Database, tables: readonly string[]): () => void {
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => "?").join(",")})`)
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  return () => indexes.forEach((index) => db.exec(index.sql));
}

/** better-sqlite3 binds no booleans: the schema stores them as 0/1. */
const sqliteValue = (cell: Cell) => (typeof cell === "boolean" ? Number(cell) : cell);

export function seedSqlite(options: SeedOptions & { file: string }): SeedSummary {
  const counter = seedCounter(options.openDeals);
  const db = new Database(options.file);
  try {
    // No journal while seeding (a crash just means a re-run); the app later runs the file in WAL mode.
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.pragma("cache_size = -262144"); // 256 MiB: random-order index inserts stay in memory
    for (const sql of migrationSql(MIGRATIONS_DIR)) db.exec(sql);
    const restoreIndexes = deferIndexes(db, [...BULK_TABLES, ...DERIVED_TABLES]);
    const insert = Object.fromEntries(TABLES.map((table) => {
      const columns: readonly string[] = COLUMNS[table];
      return [table, db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`)];
    }));

    db.transaction(() => {
      for (const [table, cells] of benchRows(options)) {
        insert[table].run(...cells.map(sqliteValue));
        counter.count(table);
      }
      for (const sql of rebuildStageVisitsSql("sqlite")) db.exec(sql);
      restoreIndexes();
      db.exec(STAGE_TOTALS_SQL);
    })();
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
  return counter.summary();
}
