// Email through a real SMTP server (or the outbox without one) and webhooks to a real HTTP
// receiver: signed, retried with backoff, given up after the last attempt.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, makeDeal, type World } from "@/lib/testing/fixtures";
import { moveDeal } from "@/lib/deals/move-deal";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/automations/chain";
import { runSchedulerTick } from "./run-tick";
import { addEmail, later, makeAutomation, runsOf, startSmtpServer, startWebhookReceiver, webhookSecretOf } from "./test-kit";

let w: World;
const closers: (() => Promise<void>)[] = [];
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** A person with an email, their deal, a cart_abandoned event, and an objection note. */
async function cartStory() {
  const person = await createPerson({ name: "Мария Петрова", ownerId: w.rep.id });
  await addEmail(person.id, "maria@example.ru");
  const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: person.id, title: "Диван" });
  const now = new Date();
  await db.event.create({ data: { externalId: `cart-${person.id}`, personId: person.id, type: "cart_abandoned", occurredAt: now, receivedAt: now, properties: JSON.stringify({ product: "Диван «Осло»" }) } });
  await db.note.create({ data: { personId: person.id, authorId: w.rep.id, kind: "OBJECTION", body: "Боится, что не пройдёт в дверь" } });
  return { person, deal, now };
}

const emailRule = {
  trigger: { kind: "event" as const, eventType: "cart_abandoned" },
  actions: [{ kind: "send_email" as const, subject: "{{person.firstName}}, {{product}} ждёт вас", body: "Вы сомневались: «{{objection|—}}». Привезём и занесём. {{owner.name}}" }],
};

describe("email", () => {
  it("sends through SMTP once, with the person's context, and records it as sent", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const rule = await makeAutomation(w.admin, emailRule);
    const { now } = await cartStory();

    await runSchedulerTick({ db, now: later(now, 1000), mailer: smtp.mailer });
    await runSchedulerTick({ db, now: later(now, 2000), mailer: smtp.mailer });

    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0].to).toEqual(["maria@example.ru"]);
    const emails = await db.outboundEmail.findMany();
    expect(emails.map((e) => [e.status, e.to, e.subject, e.body])).toEqual([
      ["SENT", "maria@example.ru", "Мария, Диван «Осло» ждёт вас", "Вы сомневались: «Боится, что не пройдёт в дверь». Привезём и занесём. Rita Rep"],
    ]);
    expect(smtp.mails[0].messageId).toBe(`<${emails[0].id}@voronka>`);
    expect((await runsOf(rule)).map((r) => r.status)).toEqual(["DONE"]);
  });

  it("keeps the email in the outbox when no SMTP is configured", async () => {
    const rule = await makeAutomation(w.admin, emailRule);
    const { now, person } = await cartStory();
    await runSchedulerTick({ db, now: later(now, 1000), mailer: null });
    const emails = await db.outboundEmail.findMany();
    expect(emails.map((e) => [e.status, e.to, e.personId])).toEqual([["OUTBOX", "maria@example.ru", person.id]]);
    expect((await runsOf(rule)).map((r) => r.status)).toEqual(["DONE"]);
  });

  it("retries an SMTP failure with backoff and sends once the server answers", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const broken = { send: () => Promise.reject(new Error("connect ECONNREFUSED")), close() {} };
    await makeAutomation(w.admin, emailRule);
    const { now } = await cartStory();
    const t1 = later(now, 1000);
    await runSchedulerTick({ db, now: t1, mailer: broken });
    const [run] = await db.automationRun.findMany();
    expect({ status: run.status, dueAt: run.dueAt }).toEqual({ status: "PENDING", dueAt: later(t1, retryDelayMs(1)) });
    expect((await db.outboundEmail.findFirstOrThrow()).status).toBe("QUEUED");

    // Not due yet: nothing happens; once due, the working server gets it.
    await runSchedulerTick({ db, now: later(t1, retryDelayMs(1) - 1), mailer: smtp.mailer });
    expect(smtp.mails).toHaveLength(0);
    await runSchedulerTick({ db, now: later(t1, retryDelayMs(1)), mailer: smtp.mailer });
    expect(smtp.mails).toHaveLength(1);
    expect((await db.outboundEmail.findFirstOrThrow()).status).toBe("SENT");
  });

  it("skips the step for a person without an email address", async () => {
    const rule = await makeAutomation(w.admin, emailRule);
    const person = await createPerson({ name: "No Mail" });
    const now = new Date();
    await db.event.create({ data: { externalId: "x1", personId: person.id, type: "cart_abandoned", occurredAt: now, receivedAt: now } });
    await runSchedulerTick({ db, now: later(now, 1000), mailer: null });
    expect((await runsOf(rule)).map((r) => r.status)).toEqual(["SKIPPED"]);
    expect(await db.outboundEmail.count()).toBe(0);
  });
});

describe("webhooks", () => {
  it("posts a signed payload once, retrying failures with backoff", async () => {
    let secret = "";
    const receiver = await startWebhookReceiver(() => secret, [500, 503]);
    closers.push(receiver.close);
    const rule = await makeAutomation(w.admin, { trigger: { kind: "stage_entered", stageId: w.pipeline.stages[1].id }, actions: [{ kind: "webhook", url: receiver.url }] });
    secret = await webhookSecretOf(rule);
    const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
    await moveDeal({ actor: w.rep, dealId: deal.id, toStageId: w.pipeline.stages[1].id, version: deal.version });

    let now = new Date();
    await runSchedulerTick({ db, now, mailer: null });
    now = later(now, retryDelayMs(1));
    await runSchedulerTick({ db, now, mailer: null });
    now = later(now, retryDelayMs(2));
    await runSchedulerTick({ db, now, mailer: null });
    await runSchedulerTick({ db, now: later(now, 3_600_000), mailer: null });

    expect(receiver.hooks.map((h) => h.validSignature)).toEqual([true, true, true]);
    expect(new Set(receiver.hooks.map((h) => h.deliveryId)).size).toBe(1);
    expect(receiver.hooks[2].body.deal?.id).toBe(deal.id);
    const [run] = await runsOf(rule);
    expect(run.status).toBe("DONE");
    expect(JSON.parse(run.result!).log.map((l: { status: string }) => l.status)).toEqual(["retry", "retry", "done"]);
  });

  it("gives up after the last attempt and records why", async () => {
    const receiver = await startWebhookReceiver(() => "", Array(10).fill(500));
    closers.push(receiver.close);
    const rule = await makeAutomation(w.admin, { trigger: { kind: "stage_entered", stageId: w.pipeline.stages[1].id }, actions: [{ kind: "webhook", url: receiver.url }] });
    const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
    await moveDeal({ actor: w.rep, dealId: deal.id, toStageId: w.pipeline.stages[1].id, version: deal.version });
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS + 2; attempt++) {
      await runSchedulerTick({ db, now, mailer: null });
      now = later(now, retryDelayMs(attempt));
    }
    expect(receiver.hooks).toHaveLength(MAX_ATTEMPTS);
    const [run] = await runsOf(rule);
    expect(run.status).toBe("FAILED");
    expect(JSON.parse(run.result!).log.at(-1).detail).toMatch(/HTTP 500 \(gave up after 5 attempts\)/);
  });
});
