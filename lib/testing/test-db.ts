// The one place that decides which database the tests run against and how each test file gets
// its own. SQLite today: one migrated template file per run, copied per test file. PostgreSQL is
// the follow-up (VORONKA_TEST_DB=postgresql): a template database cloned with
// `CREATE DATABASE … TEMPLATE …` per test file, and TRUNCATE … CASCADE in resetDatabase.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { Db } from "@/lib/db-client";

export type TestDbProvider = "sqlite" | "postgresql";

/** What the global setup hands to every test file (must be JSON-serializable). */
export interface TestDbTemplate {
  provider: TestDbProvider;
  /** Temp directory owned by this run; removed by the global teardown. */
  dir: string;
  /** SQLite: the migrated template file. */
  templateFile: string;
}

export interface TestDatabase {
  url: string;
  /** Removes the database (after its client was disconnected). */
  drop(): void;
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function testDbProvider(): TestDbProvider {
  const provider = process.env.VORONKA_TEST_DB || "sqlite";
  if (provider !== "sqlite" && provider !== "postgresql") {
    throw new Error(`VORONKA_TEST_DB must be "sqlite" or "postgresql", got "${provider}"`);
  }
  return provider;
}

/** The migration folder of a provider (one per provider, Umami-style, once PostgreSQL lands). */
export function migrationsDir(provider: TestDbProvider): string {
  return provider === "sqlite" ? path.join(ROOT, "prisma/migrations") : path.join(ROOT, "prisma/postgresql/migrations");
}

/** The migration SQL files in the order `prisma migrate deploy` applies them. */
export function migrationFiles(provider: TestDbProvider): string[] {
  const dir = migrationsDir(provider);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name, "migration.sql"))
    .filter((file) => fs.existsSync(file))
    .sort();
}

/** Global setup: builds the one migrated template for the whole run. */
export function createTemplate(): TestDbTemplate {
  const provider = testDbProvider();
  if (provider !== "sqlite") throw notYet();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-test-"));
  const templateFile = path.join(dir, "template.db");
  const sqlite = new Database(templateFile);
  try {
    // The same SQL `prisma migrate deploy` would run, without spawning the CLI (seconds saved).
    const files = migrationFiles(provider);
    if (files.length === 0) throw new Error(`No migrations found in ${migrationsDir(provider)}`);
    sqlite.transaction(() => {
      for (const file of files) sqlite.exec(fs.readFileSync(file, "utf8"));
    })();
  } finally {
    sqlite.close();
  }
  return { provider, dir, templateFile };
}

/** Global teardown. */
export function dropTemplate(template: TestDbTemplate): void {
  fs.rmSync(template.dir, { recursive: true, force: true });
}

/** Per test file: a fresh copy of the template. Call before lib/db.ts is imported. */
export function createTestDatabase(template: TestDbTemplate): TestDatabase {
  if (template.provider !== "sqlite") throw notYet();
  const file = path.join(template.dir, `file-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template.templateFile, file);
  return {
    url: `file:${file}`,
    drop() {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}

/** Empties every table of the test file's database: each test starts from nothing. */
export async function resetDatabase(db: Db): Promise<void> {
  if (testDbProvider() !== "sqlite") throw notYet();
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
  );
  await db.$transaction(async (tx) => {
    // Foreign keys are checked at commit, when every table is empty: no delete order to keep.
    await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
    for (const { name } of tables) await tx.$executeRawUnsafe(`DELETE FROM "${name.replace(/"/g, '""')}"`);
  });
}

function notYet(): Error {
  return new Error("PostgreSQL test databases are not built yet (lib/testing/test-db.ts is where they go).");
}
