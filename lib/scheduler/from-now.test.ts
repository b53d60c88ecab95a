// "Automations start from now": switching a rule on (or creating it, or changing its trigger)
// acts on what happens from that moment, for every trigger kind, never on the history before it.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, insertDeals, makeDeal, type World } from "@/lib/testing/fixtures";
import { moveDeal } from "@/lib/deals/move-deal";
import { closeDeal } from "@/lib/deals/close-deal";
import { saveAutomation } from "@/lib/automations/save-automation";
import { setAutomationActive } from "@/lib/automations/set-automation-active";
import { dedupeKeys } from "@/lib/automations/match-trigger";
import { runSchedulerTick } from "./run-tick";
import { addEvent, backdate, days, later, makeAutomation, runsOf } from "./test-kit";

let w: World;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

const tick = (now: Date) => runSchedulerTick({ db, now, mailer: null });
const task = (title: string) => ({ kind: "create_task" as const, title, dueInDays: 1 });
/** A rule written half a year ago and left off, as the demo seed's rules are. */
const oldRule = (input: Parameters<typeof makeAutomation>[1]) => makeAutomation(w.admin, { ...input, active: false }, later(new Date(), -days(200)));
const switchOn = (id: string, now: Date) => setAutomationActive({ actor: w.admin, input: { id, active: true }, now });

describe("switching a rule on acts from that moment", () => {
  it("event rule: no runs for the events before, one for an event after", async () => {
    const person = await createPerson({ name: "Мария Петрова", ownerId: w.rep.id });
    const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: person.id });
    const rule = await oldRule({ trigger: { kind: "event", eventType: "cart_abandoned" }, actions: [task("Call about the cart")] });
    const now = new Date();
    for (const ago of [days(150), days(30), 3_600_000, 60_000]) await addEvent(person.id, "cart_abandoned", later(now, -ago));

    await switchOn(rule, now);
    await tick(later(now, 1000));
    await tick(later(now, 2000));
    expect(await runsOf(rule)).toEqual([]);

    const fresh = await addEvent(person.id, "cart_abandoned", later(now, 5000));
    await tick(later(now, 10_000));
    expect((await runsOf(rule)).map((r) => [r.dedupeKey, r.dealId, r.status])).toEqual([[dedupeKeys.event(rule, fresh.id), deal.id, "DONE"]]);
    expect(await db.task.count({ where: { title: "Call about the cart" } })).toBe(1);
  });

  it("stage-entry rule: no runs for deals that entered before, one for a move after", async () => {
    const meeting = w.pipeline.stages[1].id;
    const rule = await oldRule({ trigger: { kind: "stage_entered", stageId: meeting }, actions: [task("Prepare the meeting")] });
    const enteredLongAgo = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
    await moveDeal({ actor: w.rep, dealId: enteredLongAgo.id, toStageId: meeting, version: enteredLongAgo.version });
    await backdate(enteredLongAgo.id, later(new Date(), -days(40)));
    const enteredJustBefore = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
    await moveDeal({ actor: w.rep, dealId: enteredJustBefore.id, toStageId: meeting, version: enteredJustBefore.version });
    await backdate(enteredJustBefore.id, later(new Date(), -60_000));
    const after = await makeDeal(w.rep, { pipelineId: w.pipeline.id });

    const now = new Date();
    await switchOn(rule, now);
    await tick(later(now, 1000));
    expect(await runsOf(rule)).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await moveDeal({ actor: w.rep, dealId: after.id, toStageId: meeting, version: after.version });
    await tick(later(new Date(), 1000));
    expect((await runsOf(rule)).map((r) => r.dealId)).toEqual([after.id]);
  });

  it("loss rule: no runs for deals lost before, one for a loss after", async () => {
    const rule = await oldRule({ trigger: { kind: "deal_lost", lossReasonId: w.reasons.price }, actions: [task("Offer a discount")] });
    const lostBefore = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
    await closeDeal({ actor: w.rep, dealId: lostBefore.id, version: lostBefore.version, outcome: "LOST", lossReasonId: w.reasons.price });
    await backdate(lostBefore.id, later(new Date(), -days(3)));
    const lostAfter = await makeDeal(w.rep, { pipelineId: w.pipeline.id });

    const now = new Date();
    await switchOn(rule, now);
    await tick(later(now, 1000));
    expect(await runsOf(rule)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await closeDeal({ actor: w.rep, dealId: lostAfter.id, version: lostAfter.version, outcome: "LOST", lossReasonId: w.reasons.price });
    await tick(later(new Date(), 1000));
    expect((await runsOf(rule)).map((r) => r.dealId)).toEqual([lostAfter.id]);
  });

  it("idle rule: deals idle already do not fire; a deal crossing the line after does", async () => {
    const stage = w.pipeline.stages[0];
    const rule = await oldRule({ trigger: { kind: "idle", stageId: stage.id, days: 3 }, actions: [task("Nudge")] });
    const now = new Date();
    const [, , soon] = await insertDeals({ id: stage.id, pipelineId: w.pipeline.id }, [
      { ownerId: w.rep.id, lastTouchAt: later(now, -days(30)) },
      // Crossed the 3-day line an hour before the rule was switched on.
      { ownerId: w.rep.id, lastTouchAt: later(now, -days(3) - 3_600_000) },
      // Crosses it a day after.
      { ownerId: w.rep.id, lastTouchAt: later(now, -days(2)) },
    ]);

    await switchOn(rule, now);
    await tick(later(now, 1000));
    expect(await runsOf(rule)).toEqual([]);
    await tick(later(now, days(1) + 1000));
    expect((await runsOf(rule)).map((r) => r.dealId)).toEqual([soon]);
  });

  it("hot rule: people hot before fire only when they act again after", async () => {
    const rule = await oldRule({ trigger: { kind: "became_hot" }, actions: [{ kind: "notify_head", title: "{{person.name}} is hot" }] });
    const now = new Date();
    const again = await createPerson({ name: "Олег Горячев", temperature: "HOT" });
    const quiet = await createPerson({ name: "Hot and quiet", temperature: "HOT" });
    await db.person.update({ where: { id: again.id }, data: { lastTouchAt: later(now, -3_600_000) } });
    await db.person.update({ where: { id: quiet.id }, data: { lastTouchAt: later(now, -60_000) } });

    await switchOn(rule, now);
    await tick(later(now, 1000));
    expect(await runsOf(rule)).toEqual([]);
    await db.person.update({ where: { id: again.id }, data: { lastTouchAt: later(now, 2000) } });
    await tick(later(now, 3000));
    expect((await runsOf(rule)).map((r) => r.personId)).toEqual([again.id]);
  });

  it("off → on starts again from the new moment: what happened while off never fires", async () => {
    const person = await createPerson({ name: "P" });
    const t0 = new Date();
    const rule = await makeAutomation(w.admin, { trigger: { kind: "event", eventType: "form_submit" }, actions: [task("Call back")] }, t0);
    const e1 = await addEvent(person.id, "form_submit", later(t0, 60_000));
    await tick(later(t0, 90_000));
    await setAutomationActive({ actor: w.admin, input: { id: rule, active: false }, now: later(t0, 120_000) });
    await addEvent(person.id, "form_submit", later(t0, 180_000));
    await tick(later(t0, 200_000));
    await switchOn(rule, later(t0, 300_000));
    await tick(later(t0, 310_000));
    const e3 = await addEvent(person.id, "form_submit", later(t0, 400_000));
    await tick(later(t0, 410_000));
    expect((await runsOf(rule)).map((r) => r.dedupeKey)).toEqual([dedupeKeys.event(rule, e1.id), dedupeKeys.event(rule, e3.id)]);
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: rule, action: "automation.activate" } })).data).toContain(later(t0, 300_000).toISOString());
  });
});

describe("saving a rule", () => {
  const idle = (stageId: string, d: number) => ({ name: "Idle", trigger: { kind: "idle" as const, stageId, days: d }, actions: [task("Nudge")] });
  const since = async (id: string) => (await db.automation.findUniqueOrThrow({ where: { id } })).activeSince;

  it("creating one active acts from its creation; a new trigger or switching on from the save; a new name keeps it", async () => {
    const t0 = new Date("2026-03-01T10:00:00Z");
    const { id } = await saveAutomation({ actor: w.admin, input: idle(w.pipeline.stages[0].id, 3), now: t0 });
    expect(await since(id)).toEqual(t0);
    await saveAutomation({ actor: w.admin, id, input: { ...idle(w.pipeline.stages[0].id, 3), name: "Renamed" }, now: later(t0, days(1)) });
    expect(await since(id)).toEqual(t0);
    await saveAutomation({ actor: w.admin, id, input: idle(w.pipeline.stages[0].id, 5), now: later(t0, days(2)) });
    expect(await since(id)).toEqual(later(t0, days(2)));
    await saveAutomation({ actor: w.admin, id, input: { ...idle(w.pipeline.stages[0].id, 5), active: false }, now: later(t0, days(3)) });
    expect(await since(id)).toEqual(later(t0, days(2)));
    await saveAutomation({ actor: w.admin, id, input: idle(w.pipeline.stages[0].id, 5), now: later(t0, days(4)) });
    expect(await since(id)).toEqual(later(t0, days(4)));
  });

  it("the demo seed's stored trigger shape counts as unchanged when saved as is", async () => {
    const t0 = new Date("2026-03-01T10:00:00Z");
    const row = await db.automation.create({
      data: { name: "Seeded", active: true, trigger: JSON.stringify({ kind: "event", eventType: "cart_abandoned" }), actions: JSON.stringify([task("Call")]), createdAt: t0, activeSince: t0 },
    });
    await saveAutomation({ actor: w.admin, id: row.id, input: { name: "Seeded", trigger: { kind: "event", eventType: "cart_abandoned" }, actions: [task("Call again")] }, now: later(t0, days(1)) });
    expect(await since(row.id)).toEqual(t0);
  });
});
