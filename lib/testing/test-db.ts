// The one place that decides which database the tests run against and how each test file gets
// its own. VORONKA_TEST_DB=sqlite (default): one migrated template file per run, copied per test
// file. VORONKA_TEST_DB=postgresql: one migrated template database per run on the server at
// VORONKA_TEST_PG_URL, cloned with CREATE DATABASE … TEMPLATE per test file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import type { Db } from "@/lib/db-client";
import { MIGRATION_DIRS, migrationNames } from "../health/migration-names";

export type TestDbProvider = "sqlite" | "postgresql";

/** What the global setup hands to every test file (must be JSON-serializable). */
export interface TestDbTemplate {
  provider: TestDbProvider;
  /** SQLite: temp directory owned by this run; removed by the global teardown. */
  dir: string;
  /** SQLite: the migrated template file. PostgreSQL: the template database's name. */
  template: string;
}

export interface TestDatabase {
  url: string;
  /** Removes the database (after its client was disconnected). */
  drop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function testDbProvider(): TestDbProvider {
  const provider = process.env.VORONKA_TEST_DB || "sqlite";
  if (provider !== "sqlite" && provider !== "postgresql") {
    throw new Error(`VORONKA_TEST_DB must be "sqlite" or "postgresql", got "${provider}"`);
  }
  return provider;
}

/** The migration folder of a provider (one per provider, Umami-style). */
export function migrationsDir(provider: TestDbProvider): string {
  return path.join(ROOT, MIGRATION_DIRS[provider]);
}

/** The migration SQL files in the order `prisma migrate deploy` applies them (the names /api/ready expects). */
export function migrationFiles(provider: TestDbProvider): string[] {
  const dir = migrationsDir(provider);
  const files = migrationNames(provider, ROOT).map((name) => path.join(dir, name, "migration.sql"));
  if (files.length === 0) throw new Error(`No migrations found in ${dir}`);
  return files;
}

/** A connection URL to the PostgreSQL server (the maintenance database by default). */
export function postgresUrl(database?: string): string {
  const url = new URL(process.env.VORONKA_TEST_PG_URL || DEFAULT_PG_URL);
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

/** Runs SQL on the server's maintenance database (CREATE/DROP DATABASE cannot run elsewhere). */
export async function onServer<T>(work: (client: pg.Client) => Promise<T>, database?: string): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;

/** Global setup: builds the one migrated template for the whole run. */
export async function createTemplate(): Promise<TestDbTemplate> {
  const provider = testDbProvider();
  // The same SQL `prisma migrate deploy` would run, without spawning the CLI (seconds saved).
  const migrations = migrationFiles(provider).map((file) => fs.readFileSync(file, "utf8"));
  if (provider === "postgresql") {
    const template = uniqueName("voronka_test_template");
    await onServer((client) => client.query(`CREATE DATABASE "${template}"`));
    await onServer(async (client) => {
      for (const sql of migrations) await client.query(sql);
    }, template);
    return { provider, dir: "", template };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-test-"));
  const template = path.join(dir, "template.db");
  const sqlite = new Database(template);
  try {
    sqlite.transaction(() => {
      for (const sql of migrations) sqlite.exec(sql);
    })();
  } finally {
    sqlite.close();
  }
  return { provider, dir, template };
}

/** Global teardown. */
export async function dropTemplate(template: TestDbTemplate): Promise<void> {
  if (template.provider === "postgresql") {
    await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${template.template}" WITH (FORCE)`));
    return;
  }
  fs.rmSync(template.dir, { recursive: true, force: true });
}

/** Per test file: a fresh copy of the template. Call before lib/db.ts is imported. */
export async function createTestDatabase(template: TestDbTemplate): Promise<TestDatabase> {
  if (template.provider === "postgresql") {
    const name = uniqueName("voronka_test");
    await onServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.template}"`));
    return {
      url: postgresUrl(name),
      drop: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
    };
  }
  const file = path.join(template.dir, `${uniqueName("file")}.db`);
  fs.copyFileSync(template.template, file);
  return {
    url: `file:${file}`,
    async drop() {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}

/** Empties every table of the test file's database: each test starts from nothing. */
export async function resetDatabase(db: Db): Promise<void> {
  if (testDbProvider() === "postgresql") {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
    );
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map(({ name }) => quote(name)).join(", ")} CASCADE`);
    return;
  }
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
  );
  await db.$transaction(async (tx) => {
    // Foreign keys are checked at commit, when every table is empty: no delete order to keep.
    await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
    for (const { name } of tables) await tx.$executeRawUnsafe(`DELETE FROM ${quote(name)}`);
  });
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
