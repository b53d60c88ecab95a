import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import {
  columnIds,
  columnOrder,
  expectAppError,
  expectRejectedWithoutWrites,
  expectStrictlyIncreasing,
  expectTotalsInStep,
  snapshotTables,
  storedTotals,
} from "@/lib/testing/db-state";
import { closeDeal } from "./close-deal";
import { reopenDeal } from "./reopen-deal";
import { countOverdueTasks } from "@/lib/tasks/count-overdue-tasks";
import { setTaskDone } from "@/lib/tasks/set-task-done";

let w: World;
const stage = (i: number) => w.pipeline.stages[i].id;
const deal = (owner = w.rep, stageIndex = 1, value = 250_000) =>
  makeDeal(owner, { pipelineId: w.pipeline.id, stageId: stage(stageIndex), value });

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("closeDeal: won", () => {
  it("writes status WON, closedAt and an OPEN → WON transition, and takes the deal off the counters", async () => {
    const { id } = await deal();
    await deal(w.rep); // a neighbour that stays open
    const startedAt = Date.now();
    const before = await snapshotTables();

    const result = await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "WON", lossReasonId: w.reasons.price, lossNote: "ignored" });

    expect(result).toEqual({ id, status: "WON", version: 2, closedTasks: 0 });
    const row = await db.deal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "WON", lossReasonId: null, lossNote: null, stageId: stage(1), version: 2 });
    expect(row.closedAt!.getTime()).toBeGreaterThanOrEqual(startedAt);
    const after = await snapshotTables();
    expect(after.transitions).toHaveLength(before.transitions.length + 1);
    const t = await db.stageTransition.findFirstOrThrow({ where: { dealId: id, toStatus: "WON" } });
    expect(t).toMatchObject({ fromStatus: "OPEN", toStatus: "WON", fromStageId: stage(1), toStageId: stage(1), byUserId: w.rep.id, lossReasonId: null, note: null });
    expect(t.at).toEqual(row.closedAt);
    expect(await columnIds(stage(1))).not.toContain(id);
    await expectTotalsInStep();
  });

  it("lets a head close a rep's deal", async () => {
    const { id } = await deal(w.otherRep);
    await closeDeal({ actor: w.head, dealId: id, version: 1, outcome: "WON" });
    expect((await db.stageTransition.findFirstOrThrow({ where: { dealId: id, toStatus: "WON" } })).byUserId).toBe(w.head.id);
  });
});

describe("closeDeal: lost", () => {
  it("stores the reason and the note on the deal and on the transition", async () => {
    const { id } = await deal();
    await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "LOST", lossReasonId: w.reasons.competitor, lossNote: "  Ушли к конкуренту: дешевле на 15%  " });
    const row = await db.deal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "LOST", lossReasonId: w.reasons.competitor, lossNote: "Ушли к конкуренту: дешевле на 15%" });
    expect(row.closedAt).toBeInstanceOf(Date);
    const t = await db.stageTransition.findFirstOrThrow({ where: { dealId: id, toStatus: "LOST" } });
    expect(t).toMatchObject({ fromStatus: "OPEN", lossReasonId: w.reasons.competitor, note: "Ушли к конкуренту: дешевле на 15%", byUserId: w.rep.id });
    await expectTotalsInStep();
  });

  it("without a reason → VALIDATION, nothing written", async () => {
    const { id } = await deal();
    for (const lossReasonId of [undefined, null, "", "   "]) {
      const error = await expectRejectedWithoutWrites(
        () => closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "LOST", lossReasonId, lossNote: "note" }),
        "VALIDATION",
      );
      expect(error.details).toEqual({ fields: { lossReasonId: "Required" } });
    }
  });

  it("with an inactive or unknown reason → VALIDATION, nothing written", async () => {
    const { id } = await deal();
    await expectRejectedWithoutWrites(
      () => closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "LOST", lossReasonId: w.reasons.retired }),
      "VALIDATION",
    );
    await expectRejectedWithoutWrites(
      () => closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "LOST", lossReasonId: "no-such-reason" }),
      "VALIDATION",
    );
  });
});

describe("closeDeal refuses, writing nothing", () => {
  it("a rep closing another rep's deal → FORBIDDEN", async () => {
    const { id } = await deal(w.otherRep);
    await expectRejectedWithoutWrites(() => closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "WON" }), "FORBIDDEN");
    await expectRejectedWithoutWrites(
      () => closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "LOST", lossReasonId: w.reasons.price }),
      "FORBIDDEN",
    );
  });

  it("a stale version or an already closed deal → CONFLICT", async () => {
    const { id } = await deal();
    await expectRejectedWithoutWrites(() => closeDeal({ actor: w.rep, dealId: id, version: 7, outcome: "WON" }), "CONFLICT");
    const closed = await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "WON" });
    await expectRejectedWithoutWrites(() => closeDeal({ actor: w.rep, dealId: id, version: closed.version, outcome: "WON" }), "CONFLICT");
  });

  it("an unknown deal → NOT_FOUND", async () => {
    await expectRejectedWithoutWrites(() => closeDeal({ actor: w.head, dealId: "no-such-deal", version: 1, outcome: "WON" }), "NOT_FOUND");
  });
});

describe("reopenDeal", () => {
  it("LOST → OPEN: one transition, loss fields cleared, counters restored", async () => {
    const { id } = await deal(w.rep, 2, 700_000);
    await deal(w.otherRep, 2, 300_000);
    const totalsBefore = await storedTotals();
    const closed = await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "LOST", lossReasonId: w.reasons.price, lossNote: "дорого" });
    expect(await storedTotals()).not.toEqual(totalsBefore);

    const reopened = await reopenDeal({ actor: w.rep, dealId: id, version: closed.version });

    expect(reopened).toEqual({ id, status: "OPEN", version: 3 });
    expect(await db.deal.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "OPEN",
      closedAt: null,
      lossReasonId: null,
      lossNote: null,
      stageId: stage(2),
    });
    const transitions = await db.stageTransition.findMany({ where: { dealId: id }, orderBy: { at: "asc" } });
    expect(transitions.map((t) => `${t.fromStatus ?? "-"}→${t.toStatus}`)).toEqual(["-→OPEN", "OPEN→LOST", "LOST→OPEN"]);
    expect(transitions[2]).toMatchObject({ fromStageId: stage(2), toStageId: stage(2), byUserId: w.rep.id });
    // The loss stays on record in the LOST transition.
    expect(transitions[1]).toMatchObject({ lossReasonId: w.reasons.price, note: "дорого" });
    expect(await storedTotals()).toEqual(totalsBefore);
    await expectTotalsInStep();
  });

  it("WON → OPEN", async () => {
    const { id } = await deal();
    const closed = await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "WON" });
    await reopenDeal({ actor: w.head, dealId: id, version: closed.version });
    const t = await db.stageTransition.findFirstOrThrow({ where: { dealId: id, fromStatus: "WON" } });
    expect(t).toMatchObject({ toStatus: "OPEN", byUserId: w.head.id });
    await expectTotalsInStep();
  });

  it("puts the deal back at the top of its column, with a rank no other card has", async () => {
    // Closed while alone in its column; a new deal then takes the first rank of the empty column.
    const { id } = await deal(w.rep, 3);
    const closed = await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "WON" });
    const { id: newer } = await deal(w.rep, 3);
    await reopenDeal({ actor: w.rep, dealId: id, version: closed.version });
    const column = await columnOrder(stage(3));
    expect(column.map((c) => c.id)).toEqual([id, newer]);
    expectStrictlyIncreasing(column.map((c) => c.rank));
  });

  it("refuses, writing nothing: open deal, stale version, another rep's deal, unknown deal", async () => {
    const { id } = await deal();
    await expectRejectedWithoutWrites(() => reopenDeal({ actor: w.rep, dealId: id, version: 1 }), "CONFLICT");
    const closed = await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "WON" });
    await expectRejectedWithoutWrites(() => reopenDeal({ actor: w.rep, dealId: id, version: 1 }), "CONFLICT");
    await expectRejectedWithoutWrites(() => reopenDeal({ actor: w.otherRep, dealId: id, version: closed.version }), "FORBIDDEN");
    await expectRejectedWithoutWrites(() => reopenDeal({ actor: w.head, dealId: "no-such-deal", version: 1 }), "NOT_FOUND");
    await reopenDeal({ actor: w.rep, dealId: id, version: closed.version });
    await expectAppError(reopenDeal({ actor: w.rep, dealId: id, version: 3 }), "CONFLICT");
  });
});

describe("closing a deal closes its open tasks", () => {
  const hourAgo = () => new Date(Date.now() - 3_600_000);
  const task = (dealId: string, data: { doneAt?: Date; assigneeId?: string } = {}) =>
    db.task.create({ data: { dealId, assigneeId: data.assigneeId ?? w.rep.id, title: "Позвонить", dueAt: hourAgo(), doneAt: data.doneAt ?? null } });

  it.each(["WON", "LOST"] as const)("%s: open tasks close with the deal (off the overdue badge); done ones and other deals' stay", async (outcome) => {
    const { id } = await deal();
    const other = await deal();
    const open = [await task(id), await task(id, { assigneeId: w.otherRep.id })];
    const earlier = new Date(Date.now() - 7_200_000);
    const done = await task(id, { doneAt: earlier });
    const elsewhere = await task(other.id);
    expect(await countOverdueTasks({ actor: w.rep })).toBe(2);

    const result = await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome, lossReasonId: w.reasons.price });

    expect(result.closedTasks).toBe(2);
    const { closedAt } = await db.deal.findUniqueOrThrow({ where: { id } });
    for (const t of open) expect(await db.task.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ doneAt: closedAt, closedWithDeal: true });
    expect(await db.task.findUniqueOrThrow({ where: { id: done.id } })).toMatchObject({ doneAt: earlier, closedWithDeal: false });
    expect(await db.task.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMatchObject({ doneAt: null, closedWithDeal: false });
    expect(await countOverdueTasks({ actor: w.rep })).toBe(1);
    expect(await countOverdueTasks({ actor: w.otherRep })).toBe(0);
  });

  it("a refused close leaves the tasks open; a reopen leaves them closed; undoing one makes it plain open work again", async () => {
    const { id } = await deal();
    const t = await task(id);
    await expectRejectedWithoutWrites(() => closeDeal({ actor: w.otherRep, dealId: id, version: 1, outcome: "WON" }), "FORBIDDEN");
    await expectRejectedWithoutWrites(() => closeDeal({ actor: w.rep, dealId: id, version: 2, outcome: "WON" }), "CONFLICT");
    const closed = await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "WON" });
    await reopenDeal({ actor: w.rep, dealId: id, version: closed.version });
    expect(await db.task.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ closedWithDeal: true });
    await setTaskDone({ actor: w.rep, taskId: t.id, done: false });
    expect(await db.task.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ doneAt: null, closedWithDeal: false });
  });
});
