// Two schedulers (two Prisma clients, as two app instances would have) on one database, ticking
// at the same time: every fact becomes one run and every step happens once. On PostgreSQL the
// two run whole ticks concurrently. SQLite serves one app process (README "Production"), and in
// one Node process two better-sqlite3 connections cannot both be inside a write (Prisma wraps
// even an updateMany in a transaction; the synchronous busy wait blocks the event loop the other
// connection needs to finish), so there the two schedulers' phases alternate: scan, scan, claim,
// claim, execute, execute, with the same claims, leases and dedupe keys at work.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, insertDeals, type World } from "@/lib/testing/fixtures";
import { expectTotalsInStep } from "@/lib/testing/db-state";
import { testDbProvider } from "@/lib/testing/test-db";
import { LEASE_MS } from "@/lib/automations/chain";
import type { Mailer } from "@/lib/email/create-mailer";
import { claimRuns } from "./claim-runs";
import { executeRun } from "./execute-run";
import { runSchedulerTick } from "./run-tick";
import { scanTriggers } from "./scan-triggers";
import { addEmail, days, later, makeAutomation, runsOf, startSmtpServer, startWebhookReceiver, webhookSecretOf } from "./test-kit";

let w: World;
let other: Db;
const closers: (() => Promise<void>)[] = [];
beforeAll(() => {
  other = createPrismaClient(process.env.DATABASE_URL);
});
afterAll(() => other.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  // SQLite: the second connection reads the schema now, not while the first one holds a write lock.
  await other.user.count();
});
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

it("runs each job once when two schedulers tick at the same time", async () => {
  const smtp = await startSmtpServer();
  let secret = "";
  const receiver = await startWebhookReceiver(() => secret);
  closers.push(smtp.close, receiver.close);
  const stage = w.pipeline.stages[0];
  // On since before the deals went quiet (a rule acts on deals that cross the line after it is on).
  const onSince = later(new Date(), -days(5));
  const rule = await makeAutomation(w.admin, {
    trigger: { kind: "idle", stageId: stage.id, days: 3 },
    actions: [
      { kind: "create_task", title: "Nudge {{person.firstName}}", dueInDays: 1 },
      { kind: "webhook", url: receiver.url },
      { kind: "send_email", subject: "Hello {{person.firstName}}", body: "Still interested in {{deal.title}}?" },
      { kind: "move_deal", stageId: w.pipeline.stages[1].id },
    ],
  }, onSince);
  secret = await webhookSecretOf(rule);
  const now = new Date();
  const people = [];
  for (let i = 0; i < 12; i++) {
    const person = await createPerson({ name: `Клиент ${i}`, ownerId: w.rep.id });
    await addEmail(person.id, `client${i}@example.ru`);
    people.push(person);
  }
  const dealIds = await insertDeals(
    { id: stage.id, pipelineId: w.pipeline.id },
    people.map((p) => ({ ownerId: w.rep.id, personId: p.id, lastTouchAt: later(now, -days(4)) })),
  );

  if (testDbProvider() === "postgresql") {
    const instance = async (client: Db) => {
      for (let i = 0; i < 3; i++) await runSchedulerTick({ db: client, now: later(now, i * 1000), mailer: smtp.mailer, batch: 5 });
    };
    await Promise.all([instance(db), instance(other), instance(db), instance(other)]);
  } else {
    await interleaved(now, smtp.mailer);
  }

  const runs = await runsOf(rule);
  expect(runs).toHaveLength(12);
  expect(runs.every((r) => r.status === "DONE")).toBe(true);
  expect(await db.task.count()).toBe(12);
  expect(receiver.hooks).toHaveLength(12);
  expect(new Set(receiver.hooks.map((h) => h.deliveryId)).size).toBe(12);
  expect(receiver.hooks.every((h) => h.validSignature)).toBe(true);
  expect(smtp.mails).toHaveLength(12);
  expect(new Set(smtp.mails.map((m) => m.to[0])).size).toBe(12);
  expect(await db.stageTransition.count({ where: { dealId: { in: dealIds }, toStageId: w.pipeline.stages[1].id } })).toBe(12);
  await expectTotalsInStep();
});

/** PostgreSQL: at the same time. SQLite: one after the other (see the top of the file). */
async function together<T>(work: (() => Promise<T>)[]): Promise<T[]> {
  if (testDbProvider() === "postgresql") return Promise.all(work.map((w) => w()));
  const results: T[] = [];
  for (const w of work) results.push(await w());
  return results;
}

/** SQLite: the two schedulers' phases alternate; each executes what it claimed. */
async function interleaved(now: Date, mailer: Mailer) {
  await together([() => scanTriggers(db, now), () => scanTriggers(other, now)]);
  for (let round = 0; round < 20; round++) {
    const [mine, theirs] = await together([
      () => claimRuns(db, { now, limit: 5, leaseMs: LEASE_MS }),
      () => claimRuns(other, { now, limit: 5, leaseMs: LEASE_MS }),
    ]);
    if (mine.length + theirs.length === 0) return;
    expect(mine.filter((a) => theirs.some((b) => b.id === a.id))).toEqual([]);
    for (const run of mine) await executeRun(db, run, { now, mailer });
    for (const run of theirs) await executeRun(other, run, { now, mailer });
  }
}

it("gives each due run to exactly one of two schedulers claiming at once", async () => {
  const stage = w.pipeline.stages[0];
  const onSince = later(new Date(), -days(5));
  const rule = await makeAutomation(w.admin, { trigger: { kind: "idle", stageId: stage.id, days: 1 }, actions: [{ kind: "create_task", title: "Nudge", dueInDays: 1 }] }, onSince);
  const now = new Date();
  await insertDeals({ id: stage.id, pipelineId: w.pipeline.id }, Array.from({ length: 30 }, () => ({ ownerId: w.rep.id, lastTouchAt: later(now, -days(2)) })));
  await together([() => scanTriggers(db, now), () => scanTriggers(other, now), () => scanTriggers(db, now)]);
  expect(await runsOf(rule)).toHaveLength(30);

  // Each claimer keeps claiming small batches until no run is left pending.
  const claimer = (client: Db) => async () => {
    const mine = [];
    while ((await client.automationRun.count({ where: { status: "PENDING" } })) > 0) mine.push(...(await claimRuns(client, { now, limit: 4, leaseMs: LEASE_MS })));
    return mine;
  };
  const claims = await together([db, other, db, other].map(claimer));
  const ids = claims.flat().map((c) => c.id);
  expect(ids).toHaveLength(30);
  expect(new Set(ids).size).toBe(30);
  expect(await db.automationRun.count({ where: { status: "RUNNING" } })).toBe(30);
});
