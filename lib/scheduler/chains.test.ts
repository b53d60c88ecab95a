// Chains with delays ("task now, email in 2 days if nothing happened"), and a scheduler that
// dies mid-way: its runs are taken over once their lease expires, nothing is lost and nothing
// is done twice.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, makeDeal, type World } from "@/lib/testing/fixtures";
import { LEASE_MS } from "@/lib/automations/chain";
import type { Mailer } from "@/lib/email/create-mailer";
import { claimRuns } from "./claim-runs";
import { executeRun } from "./execute-run";
import { runSchedulerTick } from "./run-tick";
import { scanTriggers } from "./scan-triggers";
import { addEmail, days, later, makeAutomation, runsOf, startSmtpServer } from "./test-kit";

let w: World;
const closers: (() => Promise<void>)[] = [];
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const chain = {
  trigger: { kind: "event" as const, eventType: "cart_abandoned" },
  actions: [
    { kind: "create_task" as const, title: "Call about the cart", dueInDays: 0 },
    { kind: "send_email" as const, subject: "Still thinking, {{person.firstName}}?", body: "{{product}} is waiting.", delayMinutes: 2 * 24 * 60, onlyIfNoTouch: true },
  ],
};

async function shopper(name: string, at: Date) {
  const person = await createPerson({ name, ownerId: w.rep.id });
  await addEmail(person.id, `${person.id}@example.ru`);
  const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: person.id });
  await db.event.create({ data: { externalId: `cart-${person.id}`, personId: person.id, type: "cart_abandoned", occurredAt: at, receivedAt: at, properties: '{"product":"Кресло"}' } });
  return { person, deal };
}

describe("chains with delays", () => {
  it("creates the task at once and sends the email two days later when nothing happened", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const rule = await makeAutomation(w.admin, chain);
    const now = new Date();
    const { deal } = await shopper("Мария Петрова", now);

    await runSchedulerTick({ db, now: later(now, 1000), mailer: smtp.mailer });
    expect(await db.task.count({ where: { dealId: deal.id } })).toBe(1);
    const [waiting] = await runsOf(rule);
    expect({ status: waiting.status, step: waiting.step, dueAt: waiting.dueAt }).toEqual({ status: "PENDING", step: 1, dueAt: later(now, 1000 + days(2)) });

    await runSchedulerTick({ db, now: later(now, days(1)), mailer: smtp.mailer });
    await runSchedulerTick({ db, now: later(now, days(2)), mailer: smtp.mailer });
    expect(smtp.mails).toHaveLength(0);
    await runSchedulerTick({ db, now: later(now, days(2) + 1000), mailer: smtp.mailer });
    expect(smtp.mails.map((m) => m.subject)).toEqual(["Still thinking, Мария?"]);
    expect((await runsOf(rule)).map((r) => r.status)).toEqual(["DONE"]);
  });

  it("stops before the email when the deal was touched after the chain started", async () => {
    const rule = await makeAutomation(w.admin, chain);
    const now = new Date();
    const { deal } = await shopper("Олег", now);
    await runSchedulerTick({ db, now: later(now, 1000), mailer: null });
    // The rep called: a real touch a day later.
    await db.deal.update({ where: { id: deal.id }, data: { lastTouchAt: later(now, days(1)) } });
    await runSchedulerTick({ db, now: later(now, days(3)), mailer: null });
    const [run] = await runsOf(rule);
    expect(run.status).toBe("SKIPPED");
    expect(JSON.parse(run.result!).log.at(-1).detail).toMatch(/touch since the chain started/);
    expect(await db.outboundEmail.count()).toBe(0);
  });
});

describe("restarts", () => {
  it("takes over runs of a dead scheduler after the lease, loses none and does none twice", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const rule = await makeAutomation(w.admin, { ...chain, actions: [chain.actions[0], { ...chain.actions[1], delayMinutes: 0, onlyIfNoTouch: false }] });
    const now = new Date();
    for (const name of ["A", "B", "C"]) await shopper(name, now);

    // Scheduler 1 finds the facts, claims the runs, and dies before doing anything.
    const t1 = later(now, 1000);
    await scanTriggers(db, t1);
    const stale = await claimRuns(db, { now: t1, limit: 10, leaseMs: LEASE_MS });
    expect(stale).toHaveLength(3);

    // Scheduler 2 starts: the leases still hold, so it leaves the runs alone.
    await runSchedulerTick({ db, now: later(t1, LEASE_MS - 1000), mailer: smtp.mailer });
    expect(await db.task.count()).toBe(0);
    // Once they expire it takes them over and finishes both steps.
    await runSchedulerTick({ db, now: later(t1, LEASE_MS + 1), mailer: smtp.mailer });
    await runSchedulerTick({ db, now: later(t1, LEASE_MS + 2), mailer: smtp.mailer });
    expect((await runsOf(rule)).map((r) => r.status)).toEqual(["DONE", "DONE", "DONE"]);

    // Scheduler 1 comes back with its old claims: fenced out, it writes nothing.
    for (const claim of stale) expect(await executeRun(db, claim, { now: later(t1, 10), mailer: smtp.mailer })).toBe("lost");
    expect(await db.task.count()).toBe(3);
    expect(smtp.mails).toHaveLength(3);
    expect(new Set(smtp.mails.map((m) => m.to[0])).size).toBe(3);
  });

  it("never sends again an email whose scheduler died during the SMTP conversation", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const rule = await makeAutomation(w.admin, { trigger: chain.trigger, actions: [{ ...chain.actions[1], delayMinutes: 0, onlyIfNoTouch: false }] });
    const now = new Date();
    await shopper("Мария", now);
    // The mail leaves, then the process dies before it can record that.
    const dying: Mailer = { send: async (mail) => { await smtp.mailer.send(mail); await new Promise(() => {}); }, close() {} };
    void runSchedulerTick({ db, now: later(now, 1000), mailer: dying });
    await expect.poll(() => smtp.mails.length).toBe(1);

    await runSchedulerTick({ db, now: later(now, 1000 + LEASE_MS + 1), mailer: smtp.mailer });
    expect(smtp.mails).toHaveLength(1);
    const [run] = await runsOf(rule);
    expect(run.status).toBe("FAILED");
    expect((await db.outboundEmail.findFirstOrThrow()).status).toBe("FAILED");
  });
});
