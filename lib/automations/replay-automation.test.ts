// "Run on past data…": a replay over a window creates exactly the runs its preview counted, only
// for facts inside the window, one per subject, never twice (the live scan's dedupe keys), audited;
// only admins may preview or run it, and a refused replay writes nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, insertDeals, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import type { Actor } from "@/lib/auth/permissions";
import { moveDeal } from "@/lib/deals/move-deal";
import { runSchedulerTick } from "@/lib/scheduler/run-tick";
import { MAX_REPLAY_RUNS } from "@/lib/scheduler/replay-runs";
import { addEvent, backdate, days, later, makeAutomation, runsOf } from "@/lib/scheduler/test-kit";
import { dedupeKeys } from "./match-trigger";
import { previewAutomationReplay } from "./preview-replay";
import { replayAutomation } from "./replay-automation";
import { setAutomationActive } from "./set-automation-active";

let w: World;
let now: Date;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  now = new Date();
});

const task = (title: string) => ({ kind: "create_task" as const, title, dueInDays: 1 });
const preview = (id: string, d: number, actor: Actor = w.admin) => previewAutomationReplay({ actor, input: { id, days: d as 7 }, now });
const replay = (id: string, d: number, expectedRuns: number, actor: Actor = w.admin) => replayAutomation({ actor, input: { id, days: d as 7, expectedRuns }, now });
const keys = async (rule: string) => (await runsOf(rule)).map((r) => r.dedupeKey).sort();

/** Moves a deal and dates that move (the deal's newest transition) `at`. */
async function moveAt(deal: { id: string; version: number }, toStageId: string, at: Date) {
  const moved = await moveDeal({ actor: w.rep, dealId: deal.id, toStageId, version: deal.version });
  const last = await db.stageTransition.findFirstOrThrow({ where: { dealId: deal.id }, orderBy: [{ at: "desc" }, { id: "desc" }] });
  await db.stageTransition.update({ where: { id: last.id }, data: { at } });
  return { id: deal.id, version: moved.version, transitionId: last.id };
}

describe("replaying an event rule", () => {
  it("creates exactly the previewed runs, one per person for their latest event in the window, and never twice", async () => {
    const [a, b, c, d] = await Promise.all(["A", "B", "C", "D"].map((name) => createPerson({ name, ownerId: w.rep.id })));
    const rule = await makeAutomation(w.admin, { trigger: { kind: "event", eventType: "cart_abandoned" }, actions: [task("Call about the cart")] }, now);
    await addEvent(a.id, "cart_abandoned", later(now, -days(2)));
    const aLatest = await addEvent(a.id, "cart_abandoned", later(now, -days(1)));
    const bEvent = await addEvent(b.id, "cart_abandoned", later(now, -days(5)));
    await addEvent(b.id, "page_view", later(now, -days(1)));
    const cEvent = await addEvent(c.id, "cart_abandoned", later(now, -days(10)));
    await addEvent(d.id, "cart_abandoned", later(now, -days(40)));
    await runSchedulerTick({ db, now: later(now, 1000), mailer: null });
    expect(await runsOf(rule)).toEqual([]);

    expect(await preview(rule, 7)).toMatchObject({ days: 7, runs: 2, allowed: true, from: later(now, -days(7)) });
    expect(await replay(rule, 7, 2)).toEqual({ id: rule, runs: 2 });
    expect(await keys(rule)).toEqual([dedupeKeys.event(rule, aLatest.id), dedupeKeys.event(rule, bEvent.id)].sort());

    // Again: nothing left to do in the window.
    expect((await preview(rule, 7)).runs).toBe(0);
    expect(await replay(rule, 7, 0)).toEqual({ id: rule, runs: 0 });
    expect(await runsOf(rule)).toHaveLength(2);

    // A longer window adds only what lies beyond the first one.
    expect((await preview(rule, 30)).runs).toBe(1);
    expect(await replay(rule, 30, 1)).toEqual({ id: rule, runs: 1 });
    expect(await keys(rule)).toEqual([dedupeKeys.event(rule, aLatest.id), dedupeKeys.event(rule, bEvent.id), dedupeKeys.event(rule, cEvent.id)].sort());

    await runSchedulerTick({ db, now: later(now, 2000), mailer: null });
    expect(await db.task.count({ where: { title: "Call about the cart" } })).toBe(3);
    const audits = await db.auditLog.findMany({ where: { entityId: rule, action: "automation.replay" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => JSON.parse(a.data) as { days: number; runs: number; from: string })).toEqual([
      expect.objectContaining({ days: 7, runs: 2, from: later(now, -days(7)).toISOString() }),
      expect.objectContaining({ days: 7, runs: 0 }),
      expect.objectContaining({ days: 30, runs: 1 }),
    ]);
    expect(audits.every((a) => a.actorId === w.admin.id)).toBe(true);
  });
});

describe("replaying a stage-entry rule", () => {
  it("takes each deal's latest entry in the window, and only deals still in the stage", async () => {
    const [first, meeting, proposal] = w.pipeline.stages.map((s) => s.id);
    const rule = await makeAutomation(w.admin, { trigger: { kind: "stage_entered", stageId: meeting }, actions: [task("Prepare the meeting")] }, now);
    const deal = async () => {
      const made = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
      await backdate(made.id, later(now, -days(60)));
      return made;
    };
    const stays = await moveAt(await deal(), meeting, later(now, -days(3)));
    const movedOn = await moveAt(await deal(), meeting, later(now, -days(4)));
    await moveAt(movedOn, proposal, later(now, -days(2)));
    const old = await moveAt(await deal(), meeting, later(now, -days(20)));
    let twice = await moveAt(await deal(), meeting, later(now, -days(6)));
    twice = await moveAt(twice, first, later(now, -days(5)));
    twice = await moveAt(twice, meeting, later(now, -days(1)));

    expect((await preview(rule, 7)).runs).toBe(2);
    expect(await replay(rule, 7, 2)).toEqual({ id: rule, runs: 2 });
    expect(await keys(rule)).toEqual([dedupeKeys.transition(rule, stays.transitionId), dedupeKeys.transition(rule, twice.transitionId)].sort());
    expect((await preview(rule, 7)).runs).toBe(0);
    expect((await preview(rule, 30)).runs).toBe(1);
    expect(await replay(rule, 30, 1)).toEqual({ id: rule, runs: 1 });
    expect((await runsOf(rule)).map((r) => r.dealId).sort()).toEqual([stays.id, twice.id, old.id].sort());
  });
});

describe("replaying state rules", () => {
  it("idle: deals that crossed the line inside the window and are still idle", async () => {
    const stage = w.pipeline.stages[0];
    const rule = await makeAutomation(w.admin, { trigger: { kind: "idle", stageId: stage.id, days: 3 }, actions: [task("Nudge")] }, now);
    const [crossedTwoDaysAgo, crossedLongAgo] = await insertDeals({ id: stage.id, pipelineId: w.pipeline.id }, [
      { ownerId: w.rep.id, lastTouchAt: later(now, -days(5)) },
      { ownerId: w.rep.id, lastTouchAt: later(now, -days(20)) },
      { ownerId: w.rep.id, lastTouchAt: later(now, -days(1)) },
    ]);
    expect((await preview(rule, 7)).runs).toBe(1);
    expect(await replay(rule, 7, 1)).toEqual({ id: rule, runs: 1 });
    expect((await runsOf(rule)).map((r) => r.dealId)).toEqual([crossedTwoDaysAgo]);
    expect(await replay(rule, 30, 1)).toEqual({ id: rule, runs: 1 });
    expect((await runsOf(rule)).map((r) => r.dealId).sort()).toEqual([crossedTwoDaysAgo, crossedLongAgo].sort());
  });

  it("became hot: hot people active inside the window", async () => {
    const rule = await makeAutomation(w.admin, { trigger: { kind: "became_hot" }, actions: [{ kind: "notify_head", title: "Hot" }] }, now);
    const recent = await createPerson({ name: "Recent", temperature: "HOT" });
    const old = await createPerson({ name: "Old", temperature: "HOT" });
    await db.person.update({ where: { id: recent.id }, data: { lastTouchAt: later(now, -days(2)) } });
    await db.person.update({ where: { id: old.id }, data: { lastTouchAt: later(now, -days(10)) } });
    expect(await replay(rule, 7, (await preview(rule, 7)).runs)).toEqual({ id: rule, runs: 1 });
    expect((await runsOf(rule)).map((r) => r.personId)).toEqual([recent.id]);
  });
});

describe("refusals write nothing", () => {
  const setup = async () => {
    const person = await createPerson({ name: "P" });
    const rule = await makeAutomation(w.admin, { trigger: { kind: "event", eventType: "form_submit" }, actions: [task("Call back")] }, now);
    await addEvent(person.id, "form_submit", later(now, -days(1)));
    await addEvent((await createPerson({ name: "Q" })).id, "form_submit", later(now, -days(2)));
    return rule;
  };
  const nothingWritten = async (rule: string) => {
    expect(await runsOf(rule)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "automation.replay" } })).toBe(0);
  };

  it("only admins may preview or replay", async () => {
    const rule = await setup();
    for (const actor of [w.head, w.rep]) {
      await expectAppError(preview(rule, 7, actor), "FORBIDDEN");
      await expectAppError(replay(rule, 7, 2, actor), "FORBIDDEN");
    }
    await nothingWritten(rule);
  });

  it("more runs than the admin confirmed, a rule that is off, or a window not offered", async () => {
    const rule = await setup();
    expect((await preview(rule, 7)).runs).toBe(2);
    const changed = await expectAppError(replay(rule, 7, 1), "CONFLICT");
    expect(changed.details).toMatchObject({ reason: "changed", runs: 2 });
    await expectAppError(preview(rule, 365), "VALIDATION");
    await expectAppError(replay(rule, 365, 2), "VALIDATION");
    await expectAppError(replay("nope", 7, 2), "NOT_FOUND");
    await setAutomationActive({ actor: w.admin, input: { id: rule, active: false }, now });
    expect((await expectAppError(preview(rule, 7), "CONFLICT")).details).toMatchObject({ reason: "inactive" });
    await expectAppError(replay(rule, 7, 2), "CONFLICT");
    await nothingWritten(rule);
  });

  it("a window with more than a replay may take: refused, choose a shorter one", async () => {
    const stage = w.pipeline.stages[0];
    const rule = await makeAutomation(w.admin, { trigger: { kind: "idle", stageId: stage.id, days: 1 }, actions: [task("Nudge")] }, now);
    await insertDeals({ id: stage.id, pipelineId: w.pipeline.id }, Array.from({ length: MAX_REPLAY_RUNS + 1 }, () => ({ ownerId: w.rep.id, lastTouchAt: later(now, -days(3)) })));
    expect(await preview(rule, 7)).toMatchObject({ allowed: false, limit: MAX_REPLAY_RUNS });
    expect((await expectAppError(replay(rule, 7, MAX_REPLAY_RUNS + 1), "VALIDATION")).details).toMatchObject({ reason: "too_many" });
    await nothingWritten(rule);
  });
});
