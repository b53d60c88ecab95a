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

    expect(result).toEqual({ id, status: "WON", version: 2 });
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
