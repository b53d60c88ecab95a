// The demo seed's two rules (left the cart → task, demo request → call), switched on over six
// months of demo events: nothing from the past runs (it made 197 tasks at once before), and a
// 7-day replay makes one run per person with such an event in those 7 days, no more.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import type { Actor } from "@/lib/auth/permissions";
import { buildSeedData } from "@/prisma/seed/build";
import { insertAll } from "@/prisma/seed/insert";
import { runSchedulerTick } from "@/lib/scheduler/run-tick";
import { previewAutomationReplay } from "./preview-replay";
import { replayAutomation } from "./replay-automation";
import { setAutomationActive } from "./set-automation-active";

const DAY = 86_400_000;
const now = new Date();
let admin: Actor;
let rules: { id: string; trigger: string }[];

beforeAll(async () => {
  await resetDatabase(db);
  const data = await buildSeedData(now);
  await db.$transaction((tx) => insertAll(tx, data), { timeout: 120_000, maxWait: 10_000 });
  const user = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  admin = { id: user.id, role: "ADMIN" };
  rules = await db.automation.findMany({ select: { id: true, trigger: true } });
}, 120_000);

describe("the demo seed's rules", () => {
  it("switched on, run nothing for the seeded history; replayed over 7 days, once per person with such an event", async () => {
    expect(rules).toHaveLength(2);
    const types = rules.map((r) => (JSON.parse(r.trigger) as { eventType: string }).eventType);
    expect(await db.event.count({ where: { type: { in: types } } })).toBeGreaterThan(100);

    for (const rule of rules) await setAutomationActive({ actor: admin, input: { id: rule.id, active: true }, now });
    await runSchedulerTick({ db, now: new Date(now.getTime() + 1000), mailer: null });
    await runSchedulerTick({ db, now: new Date(now.getTime() + 31_000), mailer: null });
    expect(await db.automationRun.count()).toBe(0);

    const cart = rules[types.indexOf("cart_abandoned")].id;
    const from = new Date(now.getTime() - 7 * DAY);
    const events = await db.event.findMany({ where: { type: "cart_abandoned", receivedAt: { gte: from, lte: now } }, select: { personId: true, occurredAt: true, receivedAt: true } });
    const people = new Set(events.filter((e) => e.receivedAt.getTime() - e.occurredAt.getTime() <= DAY).map((e) => e.personId));
    expect(people.size).toBeGreaterThan(0);

    const { runs } = await previewAutomationReplay({ actor: admin, input: { id: cart, days: 7 }, now });
    expect(runs).toBe(people.size);
    expect(await replayAutomation({ actor: admin, input: { id: cart, days: 7, expectedRuns: runs }, now })).toEqual({ id: cart, runs });
    const made = await db.automationRun.findMany({ where: { automationId: cart }, select: { personId: true } });
    expect(new Set(made.map((r) => r.personId))).toEqual(people);
    expect(await db.automationRun.count()).toBe(runs);
  }, 60_000);
});
