// `npm run backup` and `npm run restore`, run as the operator runs them, on the test run's database
// (SQLite: VACUUM INTO; PostgreSQL: pg_dump / pg_restore), while another process writes to it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { providerOf } from "@/lib/db-adapter";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { rebuildStageVisits } from "@/lib/deals/rebuild-stage-visits";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, inPipeline, insertDeals, type World } from "@/lib/testing/fixtures";
import { dumpTables, rowCounts } from "@/lib/testing/table-dump";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/testing/scratch-database";
import { spawnWriter, type SpawnedWriter } from "@/lib/testing/writer-plan";
import { startAppProcess } from "@/lib/testing/spawn-process";

const SOURCE = process.env.DATABASE_URL!;
const postgres = providerOf(SOURCE) === "postgresql";
let w: World;
let dir: string;
const scratch: ScratchDatabase[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-backups-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});
afterEach(async () => {
  for (const s of scratch.splice(0)) await s.drop();
});

/** Runs a command as an operator would (npm run …), with DATABASE_URL set. */
function run(command: string, args: string[], url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function backup(url: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  const { code, output } = await run("npm", ["run", "--silent", "backup", "--", "--out", file], url);
  expect(output).toMatch(/Backup written to/);
  expect(code).toBe(0);
  return file;
}

async function restoreIntoScratch(file: string): Promise<ScratchDatabase> {
  const target = await createScratchDatabase();
  scratch.push(target);
  const { code, output } = await run("npm", ["run", "--silent", "restore", "--", file], target.url);
  expect(output).toMatch(/Restored/);
  expect(code).toBe(0);
  return target;
}

/** A second process moving deals around and ingesting events until stopped. */
async function startChurn(): Promise<{ writer: SpawnedWriter; dealIds: string[] }> {
  const dealIds = await insertDeals(inPipeline(w.pipeline, 0), Array.from({ length: 40 }, (_, i) => ({ ownerId: w.rep.id, value: 1_000 * (i + 1) })));
  const created = await createApiKey({ actor: w.admin, name: "churn" });
  const key = await verifyApiKey({ authorization: `Bearer ${created.secret}` });
  const stageIds = w.pipeline.stages.map((s) => s.id);
  const writer = await spawnWriter({ kind: "churn", actor: w.head, key, dealIds, stageIds });
  writer.go();
  return { writer, dealIds };
}

/** Holds every write back (an open write transaction with an uncommitted change) while `work` runs. */
async function withWritesHeld<T>(work: () => Promise<T>): Promise<T> {
  let result: T | undefined;
  const rollback = new Error("roll back");
  await db
    .$transaction(
      async (tx) => {
        if (postgres) {
          const tables = await tx.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`);
          await tx.$executeRawUnsafe(`LOCK TABLE ${tables.map((t) => `"${t.name}"`).join(", ")} IN EXCLUSIVE MODE`);
        }
        await tx.$executeRawUnsafe(`UPDATE "Deal" SET "title" = 'uncommitted' WHERE "id" IN (SELECT "id" FROM "Deal" LIMIT 1)`);
        result = await work();
        throw rollback;
      },
      { maxWait: 20_000, timeout: 60_000 },
    )
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return result as T;
}

/** What must hold in any state the writes leave behind: counters, visits and versions agree with the history. */
async function expectConsistent(url: string): Promise<void> {
  const client = createPrismaClient(url);
  try {
    const deals = await client.deal.findMany({ select: { id: true, version: true, stageId: true, value: true, ownerId: true, currency: true, status: true } });
    const transitions = await client.stageTransition.groupBy({ by: ["dealId"], _count: { _all: true } });
    const moves = new Map(transitions.map((t) => [t.dealId, t._count._all]));
    // Every move changes the stage: one transition per version step.
    for (const deal of deals) expect(moves.get(deal.id) ?? 0, `deal ${deal.id}`).toBe(deal.version - 1);

    const expected = new Map<string, number>();
    for (const d of deals.filter((d) => d.status === "OPEN")) expected.set(`${d.stageId}|${d.ownerId}|${d.currency}`, (expected.get(`${d.stageId}|${d.ownerId}|${d.currency}`) ?? 0) + 1);
    const totals = await client.stageTotal.findMany({ where: { count: { not: 0 } } });
    expect(new Map(totals.map((t) => [`${t.stageId}|${t.ownerId}|${t.currency}`, t.count]))).toEqual(expected);

    const visits = await client.stageVisit.findMany({ orderBy: { id: "asc" } });
    await rebuildStageVisits(client);
    expect(await client.stageVisit.findMany({ orderBy: { id: "asc" } })).toEqual(visits);

    // A batch of events is one transaction: all ten of it, or none.
    const events = await client.event.findMany({ select: { externalId: true } });
    const perBatch = new Map<string, number>();
    for (const e of events) perBatch.set(e.externalId.replace(/-\d+$/, ""), (perBatch.get(e.externalId.replace(/-\d+$/, "")) ?? 0) + 1);
    expect([...perBatch.values()].every((n) => n === 10)).toBe(true);
  } finally {
    await client.$disconnect();
  }
}

describe(`backups of a live ${postgres ? "PostgreSQL" : "SQLite"} database`, () => {
  it("a backup taken while another process writes restores exactly the committed state at that point", { timeout: 180_000 }, async () => {
    const { writer } = await startChurn();
    await writer.atLeast(30);

    const { file, atBackup } = await withWritesHeld(async () => ({ file: await backup(SOURCE, "held.backup"), atBackup: await dumpTables(SOURCE) }));
    const after = writer.outcomes.length;
    await writer.atLeast(after + 15); // the writes went on after the backup
    writer.stop();
    await writer.done;

    const target = await restoreIntoScratch(file);
    const restored = await dumpTables(target.url);
    expect(rowCounts(restored)).toEqual(rowCounts(atBackup));
    expect(restored).toEqual(atBackup);
    expect(JSON.stringify(restored.Deal)).not.toContain("uncommitted");
    expect(await dumpTables(SOURCE)).not.toEqual(atBackup);
    await expectConsistent(target.url);
  });

  it("backups taken in the middle of a stream of writes restore consistent databases", { timeout: 180_000 }, async () => {
    const { writer } = await startChurn();
    const files: string[] = [];
    for (let i = 0; i < 2; i++) {
      await writer.atLeast(10 + 25 * i);
      files.push(await backup(SOURCE, `stream-${i}.backup`));
    }
    writer.stop();
    const outcomes = await writer.done;
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    for (const file of files) await expectConsistent((await restoreIntoScratch(file)).url);
  });

  it("restore refuses while the app has the database, and keeps a copy of the database it replaces", { timeout: 180_000 }, async () => {
    await insertDeals(inPipeline(w.pipeline, 0), [{ ownerId: w.rep.id }, { ownerId: w.otherRep.id }]);
    const atBackup = await dumpTables(SOURCE);
    const file = await backup(SOURCE, "before-change.backup");
    await insertDeals(inPipeline(w.pipeline, 1), [{ ownerId: w.rep.id, title: "after the backup" }]);
    const changed = await dumpTables(SOURCE);

    // The app is running: on SQLite an app process (its claim on the file), on PostgreSQL this
    // process's open connections.
    const app = postgres ? null : startAppProcess(SOURCE);
    await app?.waitFor(/^started/);
    const refused = await run("npm", ["run", "--silent", "restore", "--", file], SOURCE);
    expect(refused.output).toMatch(postgres ? /other session\(s\) are connected .*Stop every app instance first/ : /in use by another app process .*Stop the app first/);
    expect(refused.code).toBe(1);
    expect(await dumpTables(SOURCE)).toEqual(changed);

    app?.child.kill("SIGKILL");
    await app?.exited;
    await db.$disconnect();
    const restored = await run("npm", ["run", "--silent", "restore", "--", file], SOURCE);
    expect(restored.code).toBe(0);
    expect(await dumpTables(SOURCE)).toEqual(atBackup);

    const kept = /kept as (\S+)\./.exec(restored.output)?.[1];
    expect(kept, restored.output).toBeDefined();
    try {
      if (!postgres) {
        expect(await dumpTables(`file:${kept}`)).toEqual(changed);
        return;
      }
      // PostgreSQL: the replaced database, and a dump made by hand, back with the README's commands.
      const byHand = path.join(dir, "by-hand.dump");
      const dumped = await run("sh", ["-c", 'pg_dump --format=custom --file="$0" "$DATABASE_URL"', byHand], SOURCE);
      expect(dumped).toEqual({ code: 0, output: "" });
      for (const [archive, content] of [[kept!, changed], [byHand, atBackup]] as const) {
        const target = await createScratchDatabase();
        scratch.push(target);
        const back = await run("sh", ["-c", 'pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$DATABASE_URL" "$0"', archive], target.url);
        expect(back).toEqual({ code: 0, output: "" });
        expect(await dumpTables(target.url)).toEqual(content);
      }
    } finally {
      fs.rmSync(kept!, { force: true });
    }
  });
});
