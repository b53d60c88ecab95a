// The migration that adds Automation.activeSince, on a database holding rules from before it:
// every rule keeps acting from its creation (the scheduler's watermarks are already past those
// facts, so a deploy replays nothing). Runs on the provider under test.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrationFiles, postgresUrl, testDbProvider } from "@/lib/testing/test-db";

const provider = testDbProvider();
const files = migrationFiles(provider);
const at = files.findIndex((file) => file.includes("_automation_active_since"));
const before = files.slice(0, at);
const migration = files[at];
const sql = (file: string) => fs.readFileSync(file, "utf8");

const ROWS = [
  { id: "on", active: true, createdAt: "2026-01-10T09:00:00.000Z" },
  { id: "off", active: false, createdAt: "2026-02-20T18:30:00.000Z" },
];

describe(`the activeSince migration (${provider})`, () => {
  it("gives every existing rule its creation time", async () => {
    expect(at).toBeGreaterThan(0);
    if (provider === "sqlite") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-active-since-"));
      const sqlite = new Database(path.join(dir, "old.db"));
      try {
        for (const file of before) sqlite.exec(sql(file));
        const insert = sqlite.prepare(`INSERT INTO "Automation" ("id", "name", "active", "trigger", "actions", "createdAt", "updatedAt") VALUES (?, ?, ?, '{}', '[]', ?, ?)`);
        for (const row of ROWS) insert.run(row.id, row.id, row.active ? 1 : 0, Date.parse(row.createdAt), Date.parse(row.createdAt));
        sqlite.exec(sql(migration));
        const rows = sqlite.prepare(`SELECT "id", "active", "createdAt", "activeSince" FROM "Automation" ORDER BY "id" DESC`).all() as { createdAt: number; activeSince: number }[];
        expect(rows.map((r) => r.activeSince)).toEqual(ROWS.map((r) => Date.parse(r.createdAt)));
        expect(sqlite.prepare(`SELECT COUNT(*) AS n FROM "AutomationRun"`).get()).toEqual({ n: 0 });
      } finally {
        sqlite.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
      return;
    }
    const name = `voronka_active_since_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const server = new pg.Client({ connectionString: postgresUrl() });
    await server.connect();
    await server.query(`CREATE DATABASE "${name}"`);
    const client = new pg.Client({ connectionString: postgresUrl(name) });
    try {
      await client.connect();
      for (const file of before) await client.query(sql(file));
      for (const row of ROWS) {
        await client.query(`INSERT INTO "Automation" ("id", "name", "active", "trigger", "actions", "createdAt", "updatedAt") VALUES ($1, $1, $2, '{}', '[]', $3, $3)`, [row.id, row.active, row.createdAt]);
      }
      await client.query(sql(migration));
      const { rows } = await client.query<{ activeSince: Date }>(`SELECT "activeSince" FROM "Automation" ORDER BY "id" DESC`);
      expect(rows.map((r) => r.activeSince.getTime())).toEqual(ROWS.map((r) => Date.parse(r.createdAt)));
    } finally {
      await client.end();
      await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await server.end();
    }
  });
});
