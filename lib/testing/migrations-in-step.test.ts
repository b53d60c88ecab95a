// The drift check: each provider's committed migrations, applied to an empty database, build
// exactly what its schema describes; both providers have the same migrations; the PostgreSQL
// schema is the current derivation of prisma/schema.prisma. Runs for the provider under test
// (CI runs the suite on both).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresCatalog, postgresCollations, sqliteCatalog } from "./schema-catalog";
import { migrationFiles, migrationsDir, postgresUrl, testDbProvider } from "./test-db";

const ROOT = path.resolve(__dirname, "../..");
const provider = testDbProvider();
const schemaFile = provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgresql/schema.prisma";

/** The SQL that builds the schema file's model from nothing (no database needed). */
function schemaSql(): string {
  const prisma = require.resolve("prisma/build/index.js");
  // The CLI opens the configured adapter even for a diff that needs no database.
  const url = provider === "sqlite" ? "file:./data/unused.db" : postgresUrl();
  return execFileSync(process.execPath, [prisma, "migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaFile, "--script"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
}

const migrationsSql = () => migrationFiles(provider).map((file) => fs.readFileSync(file, "utf8"));

describe(`migrations (${provider})`, () => {
  it("the PostgreSQL schema is the current derivation of prisma/schema.prisma", () => {
    expect(() => execFileSync(process.execPath, ["lib/cli/postgres-schema.mjs", "--check"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
  });

  it("both providers have the same migrations, in the same order", () => {
    const names = (p: "sqlite" | "postgresql") => migrationFiles(p).map((file) => path.basename(path.dirname(file)));
    expect(names("postgresql")).toEqual(names("sqlite"));
    for (const p of ["sqlite", "postgresql"] as const) {
      expect(fs.readFileSync(path.join(migrationsDir(p), "migration_lock.toml"), "utf8")).toContain(`provider = "${p}"`);
    }
  });

  // `prisma migrate deploy` through a driver adapter splits a migration at every ";", comments
  // included: a ";" in a comment sends the rest of that line to the database as SQL.
  it("no migration has a semicolon in a comment", () => {
    for (const p of ["sqlite", "postgresql"] as const) {
      for (const file of migrationFiles(p)) {
        const commented = fs.readFileSync(file, "utf8").split("\n").filter((line) => /^\s*--.*;/.test(line));
        expect(commented, file).toEqual([]);
      }
    }
  });

  if (provider === "sqlite") {
    it("applied in order, the SQLite migrations build exactly the schema", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-drift-"));
      try {
        const build = (name: string, scripts: string[]) => {
          const file = path.join(dir, name);
          const db = new Database(file);
          for (const sql of scripts) db.exec(sql);
          db.close();
          return sqliteCatalog(file);
        };
        expect(build("migrations.db", migrationsSql())).toEqual(build("schema.db", [schemaSql()]));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  } else {
    it("applied in order, the PostgreSQL migrations build exactly the schema, ranks compared bytewise", async () => {
      const suffix = `${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: postgresUrl() });
      await admin.connect();
      const build = async (name: string, scripts: string[]) => {
        await admin.query(`CREATE DATABASE "${name}"`);
        const client = new pg.Client({ connectionString: postgresUrl(name) });
        await client.connect();
        for (const sql of scripts) await client.query(sql);
        await client.end();
      };
      const fromMigrations = `voronka_drift_migrations_${suffix}`;
      const fromSchema = `voronka_drift_schema_${suffix}`;
      try {
        await build(fromMigrations, migrationsSql());
        await build(fromSchema, [schemaSql()]);
        const catalog = await postgresCatalog(postgresUrl(fromMigrations));
        expect(catalog).toEqual(await postgresCatalog(postgresUrl(fromSchema)));
        // Every fractional rank column, and nothing else, compares bytewise.
        const rankColumns = (catalog.columns as { table_name: string; column_name: string }[])
          .filter((column) => column.column_name === "rank")
          .map((column) => [`${column.table_name}.${column.column_name}`, "C"]);
        expect(rankColumns).toContainEqual(["Deal.rank", "C"]);
        expect(await postgresCollations(postgresUrl(fromMigrations))).toEqual(Object.fromEntries(rankColumns));
      } finally {
        for (const name of [fromMigrations, fromSchema]) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    });
  }
});
