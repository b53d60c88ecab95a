// GET /api/ready's verdict against real databases: a database migrated by the real CLI is ready;
// one migration row removed, a database never migrated, or no database answering is not.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { createScratchDatabase, migrateDeploy, ROOT, unreachableUrl, type ScratchDatabase } from "@/lib/testing/scratch-database";
import { testDbProvider } from "@/lib/testing/test-db";
import { checkReadiness } from "./check-readiness";
import { migrationNames } from "./migration-names";
import type { SchedulerLiveness } from "./scheduler-liveness";

const expected = migrationNames(testDbProvider(), ROOT);
const alive: SchedulerLiveness = { ok: true, state: "running", lastTickAt: new Date().toISOString() };

let scratch: ScratchDatabase;
let migrated: Db;
beforeAll(async () => {
  scratch = await createScratchDatabase();
  fs.writeFileSync(path.join(scratch.dir, ".env"), `DATABASE_URL=${scratch.envUrl}\n`);
  await migrateDeploy(scratch.dir);
  migrated = createPrismaClient(scratch.url);
}, 60_000); // the real CLI: ~1 s on SQLite, ~10 s on PostgreSQL here
afterAll(async () => {
  await migrated?.$disconnect();
  await scratch?.drop();
});

describe("checkReadiness", () => {
  it("is ready when the database answers, every migration of the build is applied and the scheduler is alive", async () => {
    const report = await checkReadiness({ db: migrated, expectedMigrations: expected, scheduler: alive });
    expect(report).toEqual({
      ready: true,
      checks: { database: { ok: true }, migrations: { ok: true, expected: expected.length, pending: [] }, scheduler: alive },
    });
  });

  it("is ready when the database has migrations this build does not know yet (the next release migrated first)", async () => {
    const report = await checkReadiness({ db: migrated, expectedMigrations: expected.slice(0, -1), scheduler: alive });
    expect(report.ready).toBe(true);
  });

  it("is not ready, naming the migration, when one is pending", async () => {
    const last = expected[expected.length - 1];
    await migrated.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = '${last}'`);
    const report = await checkReadiness({ db: migrated, expectedMigrations: expected, scheduler: alive });
    expect(report.ready).toBe(false);
    expect(report.checks.database).toEqual({ ok: true });
    expect(report.checks.migrations).toEqual({ ok: false, expected: expected.length, pending: [last] });
  });

  it("counts every migration as pending on a database that was never migrated", async () => {
    // The test harness builds its databases from the SQL alone: no _prisma_migrations table.
    const report = await checkReadiness({ db, expectedMigrations: expected, scheduler: alive });
    expect(report.ready).toBe(false);
    expect(report.checks.migrations).toMatchObject({ ok: false, pending: expected.slice(0, 20) });
  });

  it("is not ready when the database cannot be reached, and says so without the driver's message", async () => {
    const url = await unreachableUrl();
    const unreachable = createPrismaClient(url);
    try {
      const report = await checkReadiness({ db: unreachable, expectedMigrations: expected, scheduler: alive });
      expect(report.ready).toBe(false);
      expect(report.checks.database).toEqual({ ok: false, error: testDbProvider() === "sqlite" ? "SQLITE_CANTOPEN" : "DatabaseNotReachable" });
      expect(report.checks.migrations).toEqual({ ok: false, error: "database unavailable" });
      expect(JSON.stringify(report)).not.toContain(url);
    } finally {
      await unreachable.$disconnect().catch(() => {});
    }
  });

  it("is not ready when the scheduler stalled, or when the build's migration list is unknown", async () => {
    const stalled: SchedulerLiveness = { ok: false, state: "stalled", lastTickAt: null };
    expect((await checkReadiness({ db: migrated, expectedMigrations: expected.slice(0, -1), scheduler: stalled })).ready).toBe(false);
    const unknown = await checkReadiness({ db: migrated, expectedMigrations: null, scheduler: alive });
    expect(unknown.checks.migrations).toEqual({ ok: false, error: "migration list unknown" });
  });
});
