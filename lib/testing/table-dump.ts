// Every row of every table of a database, read with the plain driver (no Prisma), as sorted plain
// data: two databases hold the same data exactly when their dumps are equal.
import Database from "better-sqlite3";
import pg from "pg";
import { providerOf, sqliteFilePath } from "@/lib/db-adapter";

export type TableDump = Record<string, string[]>;

const plain = (value: unknown): unknown => (Buffer.isBuffer(value) ? value.toString("base64") : typeof value === "bigint" ? value.toString() : value);
const rowText = (row: Record<string, unknown>) => JSON.stringify(Object.entries(row).map(([k, v]) => [k, plain(v)]));

/** Each table's rows as JSON text, sorted (row order is not part of a table's content). */
export async function dumpTables(url: string): Promise<TableDump> {
  const dump: TableDump = {};
  if (providerOf(url) === "sqlite") {
    const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    try {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
      for (const { name } of tables) dump[name] = (db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]).map(rowText).sort();
    } finally {
      db.close();
    }
    return dump;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`);
    for (const { name } of tables.rows) dump[name] = (await client.query(`SELECT * FROM "${name}"`)).rows.map(rowText).sort();
  } finally {
    await client.end();
  }
  return dump;
}

/** Row counts per table, for readable failure messages. */
export const rowCounts = (dump: TableDump) => Object.fromEntries(Object.entries(dump).map(([table, rows]) => [table, rows.length]));
