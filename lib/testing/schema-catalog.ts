// Describes a database's structure (tables, columns, indexes, foreign keys, enums) as plain
// sorted data, so two databases built different ways can be compared with toEqual. Used by the
// migrations drift test for either provider.
import Database from "better-sqlite3";
import pg from "pg";

export type Catalog = Record<string, unknown>;

export function sqliteCatalog(file: string): Catalog {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`)
      .all() as { name: string }[];
    const catalog: Catalog = {};
    for (const { name } of tables) {
      const q = (pragma: string) => db.prepare(`PRAGMA ${pragma}("${name}")`).all() as Record<string, unknown>[];
      catalog[name] = {
        columns: q("table_xinfo").map(({ name, type, notnull, dflt_value, pk }) => ({ name, type, notnull, dflt_value, pk })),
        indexes: q("index_list")
          .filter((index) => index.origin !== "pk")
          .map((index) => ({
            name: index.name,
            unique: index.unique,
            columns: (db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((c) => c.name),
          }))
          .sort((a, b) => String(a.name).localeCompare(String(b.name))),
        foreignKeys: q("foreign_key_list")
          .map(({ table, from, to, on_update, on_delete }) => ({ table, from, to, on_update, on_delete }))
          .sort((a, b) => String(a.from).localeCompare(String(b.from))),
      };
    }
    return catalog;
  } finally {
    db.close();
  }
}

/** Column collations are left out: the migrations add COLLATE "C" that Prisma cannot express. */
export async function postgresCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await rows(`
        SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
        FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`),
      indexes: await rows(`
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
        ORDER BY tablename, indexname`),
      constraints: await rows(`
        SELECT rel.relname AS table_name, con.conname, pg_get_constraintdef(con.oid) AS definition
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
        JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        WHERE ns.nspname = current_schema() AND rel.relname <> '_prisma_migrations'
        ORDER BY rel.relname, con.conname`),
      enums: await rows(`
        SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace ns ON ns.oid = t.typnamespace
        WHERE ns.nspname = current_schema()
        GROUP BY t.typname ORDER BY t.typname`),
    };
  } finally {
    await client.end();
  }
}

/** The collation of each text column that has a non-default one, as "Table.column" → collation. */
export async function postgresCollations(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`
      SELECT table_name, column_name, collation_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND collation_name IS NOT NULL`);
    return Object.fromEntries(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.collation_name]));
  } finally {
    await client.end();
  }
}
