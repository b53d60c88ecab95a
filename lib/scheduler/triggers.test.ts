// Each trigger kind fires once per fact, on a real database, through the real scan and tick.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, insertDeals, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectTotalsInStep, expectVisitsInStep } from "@/lib/testing/db-state";
import { moveDeal } from "@/lib/deals/move-deal";
import { closeDeal } from "@/lib/deals/close-deal";
import { runSchedulerTick } from "./run-tick";
import { days, later, makeAutomation, runsOf } from "./test-kit";

let w: World;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

const tick = (now = new Date()) => runSchedulerTick({ db, now, mailer: null });
const task = (title: string) => ({ kind: "create_task" as const, title, dueInDays: 1 });

describe("triggers", () => {
  it("'entered stage' fires once per move into the stage, not for other stages or repeated scans", async () => {
    const rule = await makeAutomation(w.admin, { trigger: { kind: "stage_entered", stageId: w.pipeline.stages[1].id }, actions: [task("Prepare the meeting: {{deal.title}}")] });
    const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id, title: "Кухня для Ивановых" });
    const other = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
    await moveDeal({ actor: w.rep, dealId: deal.id, toStageId: w.pipeline.stages[1].id, version: deal.version });
    await moveDeal({ actor: w.rep, dealId: other.id, toStageId: w.pipeline.stages[2].id, version: other.version });

    await tick();
    await tick();
    await tick(later(new Date(), 60_000));

    const runs = await runsOf(rule);
    expect(runs.map((r) => [r.dealId, r.status])).toEqual([[deal.id, "DONE"]]);
    const tasks = await db.task.findMany({ where: { dealId: deal.id } });
    expect(tasks.map((t) => [t.title, t.assigneeId])).toEqual([["Prepare the meeting: Кухня для Ивановых", w.rep.id]]);
    expect(await db.task.count({ where: { dealId: other.id } })).toBe(0);
  });

  it("'idle N days' fires when lastTouchAt is N days old, once per lastTouchAt, and again after a new touch", async () => {
    const stage = w.pipeline.stages[0];
    const now = new Date();
    // On since before the deals went quiet (a rule acts on deals that cross the line after it is on).
    const rule = await makeAutomation(w.admin, { trigger: { kind: "idle", stageId: stage.id, days: 3 }, actions: [task("Nudge")] }, later(now, -days(5)));
    const [idle, fresh] = await insertDeals({ id: stage.id, pipelineId: w.pipeline.id }, [
      { ownerId: w.rep.id, lastTouchAt: later(now, -days(4)) },
      { ownerId: w.rep.id, lastTouchAt: later(now, -days(1)) },
    ]);

    await tick(now);
    await tick(later(now, 60_000));
    expect((await runsOf(rule)).map((r) => r.dealId)).toEqual([idle]);

    // Three days later the fresh one is idle too; the first stays at one run (same lastTouchAt).
    await tick(later(now, days(2) + 1000));
    expect((await runsOf(rule)).map((r) => r.dealId).sort()).toEqual([idle, fresh].sort());

    // A new touch on the first deal, then idle again: a second run for it.
    const touched = later(now, days(3));
    await db.deal.update({ where: { id: idle }, data: { lastTouchAt: touched } });
    await tick(later(touched, days(3) + 1000));
    expect((await runsOf(rule)).filter((r) => r.dealId === idle)).toHaveLength(2);
    expect(await db.task.count({ where: { title: "Nudge" } })).toBe(3);
  });

  it("'event received' fires once per event of the type, for the person's current deal", async () => {
    const person = await createPerson({ name: "Мария Петрова", ownerId: w.rep.id });
    const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: person.id });
    const rule = await makeAutomation(w.admin, { trigger: { kind: "event", eventType: "cart_abandoned" }, actions: [task("Call about the cart: {{product}}")] });
    const now = new Date();
    const event = (type: string, externalId: string, product: string) =>
      db.event.create({ data: { externalId, personId: person.id, type, occurredAt: now, receivedAt: now, properties: JSON.stringify({ product }) } });
    await event("page_view", "e1", "Кресло");
    await event("cart_abandoned", "e2", "Диван «Осло»");

    await tick(later(now, 1000));
    await tick(later(now, 2000));
    const runs = await runsOf(rule);
    expect(runs.map((r) => [r.personId, r.dealId, r.status])).toEqual([[person.id, deal.id, "DONE"]]);
    expect((await db.task.findFirstOrThrow({ where: { dealId: deal.id } })).title).toBe("Call about the cart: Диван «Осло»");

    await event("cart_abandoned", "e3", "Стол");
    await tick(later(now, 3000));
    expect(await runsOf(rule)).toHaveLength(2);
  });

  it("'became hot' fires once per person who is hot with activity since the rule exists", async () => {
    const rule = await makeAutomation(w.admin, { trigger: { kind: "became_hot" }, actions: [{ kind: "notify_head", title: "{{person.name}} is hot" }] });
    const now = new Date();
    const hot = await createPerson({ name: "Олег Горячев", temperature: "HOT", ownerId: w.rep.id });
    await createPerson({ name: "Warm Wendy", temperature: "WARM" });
    const stale = await createPerson({ name: "Hot long ago", temperature: "HOT" });
    await db.person.update({ where: { id: hot.id }, data: { lastTouchAt: later(now, 1000) } });
    await db.person.update({ where: { id: stale.id }, data: { lastTouchAt: later(now, -days(30)) } });

    await tick(later(now, 2000));
    await tick(later(now, 3000));
    expect((await runsOf(rule)).map((r) => r.personId)).toEqual([hot.id]);
    const notes = await db.notification.findMany();
    expect(notes.map((n) => [n.userId, n.title, n.link])).toEqual([[w.head.id, "Олег Горячев is hot", `/people/${hot.id}`]]);
  });

  it("'deal lost with reason X' fires only for that reason", async () => {
    const rule = await makeAutomation(w.admin, { trigger: { kind: "deal_lost", lossReasonId: w.reasons.price }, actions: [task("Offer a discount")] });
    const any = await makeAutomation(w.admin, { trigger: { kind: "deal_lost" }, actions: [{ kind: "notify_head", title: "Lost: {{deal.title}}" }] });
    const a = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
    const b = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
    await closeDeal({ actor: w.rep, dealId: a.id, version: a.version, outcome: "LOST", lossReasonId: w.reasons.price });
    await closeDeal({ actor: w.rep, dealId: b.id, version: b.version, outcome: "LOST", lossReasonId: w.reasons.competitor });

    await tick();
    await tick();
    expect((await runsOf(rule)).map((r) => [r.dealId, r.status])).toEqual([[a.id, "DONE"]]);
    expect((await runsOf(any)).map((r) => r.dealId).sort()).toEqual([a.id, b.id].sort());
    expect(await db.task.count({ where: { title: "Offer a discount", dealId: a.id } })).toBe(1);
  });

  it("checks conditions when the trigger fires, and an inactive rule never fires", async () => {
    const stage = w.pipeline.stages[1].id;
    const big = await makeAutomation(w.admin, { trigger: { kind: "stage_entered", stageId: stage, conditions: { minValue: 10_000 } }, actions: [task("Big one")] });
    const off = await makeAutomation(w.admin, { active: false, trigger: { kind: "stage_entered", stageId: stage }, actions: [task("Never")] });
    const small = await makeDeal(w.rep, { pipelineId: w.pipeline.id, value: 5000 });
    const large = await makeDeal(w.rep, { pipelineId: w.pipeline.id, value: 20_000 });
    for (const d of [small, large]) await moveDeal({ actor: w.rep, dealId: d.id, toStageId: stage, version: d.version });
    await tick();
    expect((await runsOf(big)).map((r) => r.dealId)).toEqual([large.id]);
    expect(await runsOf(off)).toHaveLength(0);
  });

  it("moves a deal and changes its owner with transitions, stage totals and visits in step", async () => {
    const [from, to] = [w.pipeline.stages[0], w.pipeline.stages[2]];
    const rule = await makeAutomation(
      w.admin,
      {
        trigger: { kind: "idle", stageId: from.id, days: 2 },
        actions: [
          { kind: "move_deal", stageId: to.id },
          { kind: "change_owner", ownerId: w.otherRep.id },
        ],
      },
      later(new Date(), -days(5)),
    );
    // A rule on the target stage must not fire for the automation's own move (no loops).
    const echo = await makeAutomation(w.admin, { trigger: { kind: "stage_entered", stageId: to.id }, actions: [task("Echo")] });
    const now = new Date();
    const [dealId] = await insertDeals({ id: from.id, pipelineId: w.pipeline.id }, [{ ownerId: w.rep.id, lastTouchAt: later(now, -days(3)) }]);
    await tick(now);
    await tick(later(now, 1000));

    const deal = await db.deal.findUniqueOrThrow({ where: { id: dealId } });
    expect({ stageId: deal.stageId, ownerId: deal.ownerId, lastTouchAt: deal.lastTouchAt }).toEqual({ stageId: to.id, ownerId: w.otherRep.id, lastTouchAt: later(now, -days(3)) });
    expect(await db.stageTransition.count({ where: { dealId, fromStageId: from.id, toStageId: to.id, byUserId: null } })).toBe(1);
    expect((await runsOf(rule)).map((r) => r.status)).toEqual(["DONE"]);
    expect(await runsOf(echo)).toHaveLength(0);
    await expectTotalsInStep();
    // The move began a visit to the target stage, and the visit follows the new owner.
    expect(await db.stageVisit.findMany({ where: { dealId }, select: { stageId: true, ownerId: true } })).toEqual([{ stageId: to.id, ownerId: w.otherRep.id }]);
    await expectVisitsInStep();
  });
});
