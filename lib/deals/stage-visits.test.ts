// The visits (StageVisit) every deal write keeps: one per transition that leaves a deal open in a
// stage, ended by the deal's next transition, "revisited" once the deal is back in a stage, and
// always equal to a rebuild from the transitions.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectVisitsInStep } from "@/lib/testing/db-state";
import { deleteStage } from "@/lib/pipelines/delete-stage";
import { reassignOpenDeals } from "@/lib/users/reassign-open-deals";
import { closeDeal } from "./close-deal";
import { moveDeal } from "./move-deal";
import { recordTransition } from "./record-transition";
import { reopenDeal } from "./reopen-deal";

let w: World;
const stage = (i: number) => w.pipeline.stages[i].id;

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

const visitsOf = (dealId: string) =>
  db.stageVisit.findMany({
    where: { dealId },
    orderBy: [{ enteredAt: "asc" }, { id: "asc" }],
    select: { stageId: true, entry: true, revisited: true, leftAt: true, days: true, nextStageId: true, nextStatus: true, enteredAt: true },
  });

describe("visits kept by the deal writes", () => {
  it("a created deal has one visit still going", async () => {
    const { id } = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(0) });
    const [visit, ...rest] = await visitsOf(id);
    expect(rest).toEqual([]);
    expect(visit).toMatchObject({ stageId: stage(0), entry: true, revisited: false, leftAt: null, days: null, nextStageId: null, nextStatus: null });
  });

  it("moves end the visit and begin the next; a stage visited again marks every visit there revisited", async () => {
    const { id } = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(0) });
    await moveDeal({ actor: w.rep, dealId: id, toStageId: stage(2), version: 1 });
    await moveDeal({ actor: w.rep, dealId: id, toStageId: stage(0), version: 2 });
    const visits = await visitsOf(id);
    expect(visits.map((s) => [s.stageId, s.revisited, s.nextStageId, s.nextStatus])).toEqual([
      [stage(0), true, stage(2), "OPEN"],
      [stage(2), false, stage(0), "OPEN"],
      [stage(0), true, null, null],
    ]);
    const first = visits[0];
    expect(first.leftAt!.getTime()).toBe(visits[1].enteredAt.getTime());
    expect(first.days!).toBeCloseTo((first.leftAt!.getTime() - first.enteredAt.getTime()) / 86_400_000, 9);
    await expectVisitsInStep();
  });

  it("a loss ends the visit without a new one; a reopen begins a visit that is not an entry", async () => {
    const { id } = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(1) });
    await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "LOST", lossReasonId: w.reasons.price });
    expect((await visitsOf(id)).map((s) => [s.nextStatus, s.nextStageId, s.revisited])).toEqual([["LOST", stage(1), false]]);
    await reopenDeal({ actor: w.head, dealId: id, version: 2 });
    const visits = await visitsOf(id);
    expect(visits.map((s) => [s.entry, s.revisited, s.nextStatus])).toEqual([
      [true, true, "LOST"],
      [false, true, null],
    ]);
    await closeDeal({ actor: w.rep, dealId: id, version: 3, outcome: "WON" });
    expect((await visitsOf(id)).at(-1)).toMatchObject({ nextStatus: "WON", nextStageId: stage(1) });
    await expectVisitsInStep();
  });

  it("deleting a stage drops its visits and moves its deals on with a new visit each", async () => {
    const a = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(0) });
    await moveDeal({ actor: w.rep, dealId: a.id, toStageId: stage(1), version: 1 });
    const b = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(1) });
    const gone = stage(1);
    await deleteStage({ actor: w.admin, input: { id: gone, moveToStageId: stage(2) } });
    expect(await db.stageVisit.count({ where: { stageId: gone } })).toBe(0);
    for (const dealId of [a.id, b.id]) {
      const visits = await visitsOf(dealId);
      expect(visits.at(-1)).toMatchObject({ stageId: stage(2), leftAt: null });
    }
    // The visit that moved on to the deleted stage no longer names it.
    expect((await visitsOf(a.id))[0]).toMatchObject({ stageId: stage(0), nextStageId: null, nextStatus: "OPEN" });
    await expectVisitsInStep();
  });

  it("carry the deal's owner and source, and follow the owner when the deals are reassigned", async () => {
    const { id } = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(0), source: "ads" });
    await moveDeal({ actor: w.rep, dealId: id, toStageId: stage(1), version: 1 });
    expect((await visitsOf(id)).length).toBe(2);
    expect(await db.stageVisit.findMany({ where: { dealId: id }, select: { ownerId: true, source: true } })).toEqual([
      { ownerId: w.rep.id, source: "ads" },
      { ownerId: w.rep.id, source: "ads" },
    ]);
    await reassignOpenDeals({ actor: w.admin, input: { fromUserId: w.rep.id, toUserId: w.otherRep.id } });
    expect(await db.stageVisit.count({ where: { dealId: id, ownerId: w.otherRep.id } })).toBe(2);
    await expectVisitsInStep();
  });

  it("a transition dated before the deal's latest one (an automation's tick, another instance's clock) leaves them as a rebuild", async () => {
    const { id } = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(0) });
    await moveDeal({ actor: w.rep, dealId: id, toStageId: stage(2), version: 1 });
    const [created] = await visitsOf(id);
    // Between the creation and the move, as a scheduler tick that started before the move would date it.
    const at = new Date(created.enteredAt.getTime() + 1);
    await db.$transaction((tx) =>
      recordTransition(tx, { dealId: id, pipelineId: w.pipeline.id, fromStageId: stage(0), toStageId: stage(1), fromStatus: "OPEN", toStatus: "OPEN", at }),
    );
    expect((await visitsOf(id)).map((v) => [v.stageId, v.nextStageId])).toEqual([
      [stage(0), stage(1)],
      [stage(1), stage(2)],
      [stage(2), null],
    ]);
    expect((await visitsOf(id)).every((v) => v.days === null || v.days >= 0)).toBe(true);
    await expectVisitsInStep();
  });
});
