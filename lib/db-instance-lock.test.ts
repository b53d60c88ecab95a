// One app process per SQLite file: real processes started the way the app starts
// (instrumentation.ts's register(), lib/testing/app-start-process.ts) on a real file. Independent
// of the database the test run uses (each process gets its own DATABASE_URL).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "./db-client";
import { claimSqliteFile, InstanceLockedError, releaseSqliteFile } from "./db-instance-lock";
import { startAppProcess, type TestProcess } from "./testing/spawn-process";

let dir: string;
let dbFile: string;
const running: TestProcess[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-instance-"));
  dbFile = path.join(dir, "voronka.db");
});

afterEach(async () => {
  for (const p of running.splice(0)) {
    p.child.kill("SIGKILL");
    await p.exited;
  }
  releaseSqliteFile(dbFile);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An app process starting on `url`, as `next start` would. */
function startApp(url: string): TestProcess {
  const app = startAppProcess(url);
  running.push(app);
  return app;
}

describe("one app process per SQLite file", () => {
  it("refuses a second app process on the same file at start-up, naming the first and PostgreSQL", async () => {
    const first = startApp(`file:${dbFile}`);
    await first.waitFor(/^started/);

    // The same file reached through another spelling of its path.
    const second = startApp(`file:${path.join(dir, "..", path.basename(dir), ".", "voronka.db")}`);
    const { code, stderr, stdout } = await second.exited;

    expect(code).toBe(1);
    expect(stdout).not.toMatch(/started/);
    expect(stderr).toContain(`Voronka cannot start: ${dbFile} is in use by another app process (pid ${first.child.pid} on `);
    expect(stderr).toMatch(/SQLite serves one app process.*PostgreSQL/s);
    expect(first.child.exitCode).toBeNull(); // the first one keeps running
  });

  it("leaves no stale claim behind a killed instance: the next one starts", async () => {
    const first = startApp(`file:${dbFile}`);
    await first.waitFor(/^started/);
    first.child.kill("SIGKILL");
    await first.exited;

    const next = startApp(`file:${dbFile}`);
    expect(await next.waitFor(/^started/)).toBe(`started ${next.child.pid}`);
  });

  it("does not block other processes that open the database beside the app (commands, backups)", async () => {
    const app = startApp(`file:${dbFile}`);
    await app.waitFor(/^started/);
    const command = createPrismaClient(`file:${dbFile}`);
    try {
      await command.$executeRawUnsafe("CREATE TABLE note (body TEXT)");
      await command.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO note VALUES ('beside the app')"));
      expect(await command.$queryRawUnsafe("SELECT body FROM note")).toEqual([{ body: "beside the app" }]);
    } finally {
      await command.$disconnect();
    }
  });

  it("a claim in this process (a restore) keeps the app out until it is released", async () => {
    claimSqliteFile(dbFile, "restore");
    claimSqliteFile(dbFile, "restore"); // idempotent in one process
    const refused = await startApp(`file:${dbFile}`).exited;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`in use by \`npm run restore\` \\(pid ${process.pid} `));

    releaseSqliteFile(dbFile);
    const app = startApp(`file:${dbFile}`);
    await app.waitFor(/^started/);
    expect(() => claimSqliteFile(dbFile, "restore")).toThrow(InstanceLockedError);
  });

  it("PostgreSQL takes any number of app processes", async () => {
    const url = "postgresql://voronka@127.0.0.1:5432/not_opened_at_start_up";
    const [a, b] = [startApp(url), startApp(url)];
    await Promise.all([a.waitFor(/^started/), b.waitFor(/^started/)]);
  });
});
