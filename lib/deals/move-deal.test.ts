import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import {
  columnIds,
  columnOrder,
  expectRejectedWithoutWrites,
  expectStrictlyIncreasing,
  expectTotalsInStep,
  snapshotTables,
} from "@/lib/testing/db-state";
import { closeDeal } from "./close-deal";
import { moveDeal } from "./move-deal";

let w: World;
const stage = (i: number) => w.pipeline.stages[i].id;

/** `n` deals of `owner` in stage `i`, returned top to bottom (createDeal puts each new one on top). */
async function column(i: number, n: number, owner = w.rep): Promise<string[]> {
  for (let k = 0; k < n; k++) await makeDeal(owner, { pipelineId: w.pipeline.id, stageId: stage(i), value: 10_000 * (k + 1) });
  const ids = await columnIds(stage(i));
  expect(ids).toHaveLength(n);
  return ids;
}

const version = async (id: string) => (await db.deal.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("moveDeal to another column", () => {
  it("changes one deal row, writes one transition and keeps the counters in step", async () => {
    const from = await column(0, 3);
    const to = await column(1, 3);
    const dealId = from[1];
    const longAgo = new Date(Date.now() - 3 * 86_400_000);
    await db.deal.update({ where: { id: dealId }, data: { stageEnteredAt: longAgo, lastTouchAt: longAgo } });
    const before = await snapshotTables();
    const startedAt = Date.now();

    const moved = await moveDeal({ actor: w.rep, dealId, toStageId: stage(1), previousId: to[0], nextId: to[1], version: 1 });

    const after = await snapshotTables();
    const old = before.deals.find((d) => d.id === dealId)!;
    const row = after.deals.find((d) => d.id === dealId)!;
    // Every other deal row is untouched.
    expect(after.deals.filter((d) => d.id !== dealId)).toEqual(before.deals.filter((d) => d.id !== dealId));
    expect(row).toMatchObject({ stageId: stage(1), version: 2, status: "OPEN", rank: moved.rank });
    expect(row.stageEnteredAt.getTime()).toBeGreaterThanOrEqual(startedAt);
    expect(row.lastTouchAt.getTime()).toBeGreaterThanOrEqual(startedAt);
    expect(old.stageEnteredAt).toEqual(longAgo);
    expect(moved).toEqual({ id: dealId, stageId: stage(1), rank: row.rank, version: 2, stageEnteredAt: row.stageEnteredAt });

    // Exactly one new transition, describing the move.
    const added = after.transitions.filter((t) => !before.transitions.some((b) => b.id === t.id));
    expect(after.transitions).toHaveLength(before.transitions.length + 1);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      dealId,
      pipelineId: w.pipeline.id,
      fromStageId: stage(0),
      toStageId: stage(1),
      fromStatus: "OPEN",
      toStatus: "OPEN",
      byUserId: w.rep.id,
      lossReasonId: null,
    });
    expect(added[0].at).toEqual(row.stageEnteredAt);

    // Placed between the two neighbours it was dropped between.
    expect(await columnIds(stage(1))).toEqual([to[0], dealId, to[1], to[2]]);
    expect(await columnIds(stage(0))).toEqual([from[0], from[2]]);
    await expectTotalsInStep();
  });

  it("moves to the top, the bottom and into an empty column", async () => {
    const [a, b, c] = await column(0, 3);
    const to = await column(1, 2);

    await moveDeal({ actor: w.rep, dealId: a, toStageId: stage(1), previousId: null, nextId: to[0], version: 1 });
    expect(await columnIds(stage(1))).toEqual([a, ...to]);

    await moveDeal({ actor: w.rep, dealId: b, toStageId: stage(1), previousId: to[1], nextId: null, version: 1 });
    expect(await columnIds(stage(1))).toEqual([a, ...to, b]);

    await moveDeal({ actor: w.rep, dealId: c, toStageId: stage(3), previousId: null, nextId: null, version: 1 });
    expect(await columnIds(stage(3))).toEqual([c]);
    expect(await columnIds(stage(0))).toEqual([]);

    expectStrictlyIncreasing((await columnOrder(stage(1))).map((r) => r.rank));
    expect(await db.stageTransition.count({ where: { fromStageId: stage(0) } })).toBe(3);
    await expectTotalsInStep();
  });

  it("lets a head move any rep's deal, and records who did it", async () => {
    const [dealId] = await column(0, 1, w.otherRep);
    await moveDeal({ actor: w.head, dealId, toStageId: stage(2), version: 1 });
    const t = await db.stageTransition.findFirstOrThrow({ where: { dealId, toStageId: stage(2) } });
    expect(t.byUserId).toBe(w.head.id);
    expect((await db.deal.findUniqueOrThrow({ where: { id: dealId } })).ownerId).toBe(w.otherRep.id);
    await expectTotalsInStep();
  });

  it("lets an admin move any rep's deal", async () => {
    const [dealId] = await column(0, 1, w.otherRep);
    const moved = await moveDeal({ actor: w.admin, dealId, toStageId: stage(1), version: 1 });
    expect(moved.stageId).toBe(stage(1));
  });
});

describe("moveDeal within a column", () => {
  it("places the deal between its new neighbours, writes no transition and leaves other ranks alone", async () => {
    const [a, b, c, d, e] = await column(0, 5);
    const before = await snapshotTables();

    const moved = await moveDeal({ actor: w.rep, dealId: e, toStageId: stage(0), previousId: a, nextId: b, version: 1 });

    const after = await snapshotTables();
    expect(await columnIds(stage(0))).toEqual([a, e, b, c, d]);
    expect(after.transitions).toEqual(before.transitions);
    expect(after.totals).toEqual(before.totals);
    expect(after.deals.filter((x) => x.id !== e)).toEqual(before.deals.filter((x) => x.id !== e));
    const old = before.deals.find((x) => x.id === e)!;
    const row = after.deals.find((x) => x.id === e)!;
    expect(row).toEqual({ ...old, rank: moved.rank, version: 2, updatedAt: row.updatedAt });
  });

  it("moves to the top and to the bottom of its own column", async () => {
    const [a, b, c] = await column(0, 3);
    await moveDeal({ actor: w.rep, dealId: c, toStageId: stage(0), previousId: null, nextId: a, version: 1 });
    expect(await columnIds(stage(0))).toEqual([c, a, b]);
    await moveDeal({ actor: w.rep, dealId: c, toStageId: stage(0), previousId: b, nextId: null, version: 2 });
    expect(await columnIds(stage(0))).toEqual([a, b, c]);
    await moveDeal({ actor: w.rep, dealId: a, toStageId: stage(0), previousId: c, nextId: null, version: 1 });
    expect(await columnIds(stage(0))).toEqual([b, c, a]);
    expect(await db.stageTransition.count({ where: { fromStageId: { not: null } } })).toBe(0);
  });

  it("gives a valid position when the neighbours the client saw are stale", async () => {
    const [a, b, c, d] = await column(0, 4);
    const [x] = await column(1, 1);

    // b moved away meanwhile: dropping x "between a and b" lands right after a.
    await moveDeal({ actor: w.rep, dealId: b, toStageId: stage(2), version: 1 });
    await moveDeal({ actor: w.rep, dealId: x, toStageId: stage(0), previousId: a, nextId: b, version: 1 });
    expect(await columnIds(stage(0))).toEqual([a, x, c, d]);

    // The previous neighbour is gone (won) and the next one remains: lands right before it.
    await closeDeal({ actor: w.rep, dealId: c, version: 1, outcome: "WON" });
    await moveDeal({ actor: w.rep, dealId: x, toStageId: stage(0), previousId: c, nextId: d, version: 2 });
    expect(await columnIds(stage(0))).toEqual([a, x, d]);

    // Neighbours given in the wrong order: still a valid, unique slot.
    await moveDeal({ actor: w.rep, dealId: x, toStageId: stage(0), previousId: d, nextId: a, version: 3 });
    expect(await columnIds(stage(0))).toEqual([a, d, x]);

    // Both neighbours unknown: the bottom of the column.
    await moveDeal({ actor: w.rep, dealId: a, toStageId: stage(0), previousId: "gone-1", nextId: "gone-2", version: 1 });
    expect(await columnIds(stage(0))).toEqual([d, x, a]);

    // A neighbour from another column is not a neighbour.
    await moveDeal({ actor: w.rep, dealId: a, toStageId: stage(0), previousId: b, nextId: d, version: 2 });
    expect(await columnIds(stage(0))).toEqual([a, d, x]);

    expectStrictlyIncreasing((await columnOrder(stage(0))).map((r) => r.rank));
    await expectTotalsInStep();
  });
});

describe("moveDeal refuses, writing nothing", () => {
  it("a stale version → CONFLICT", async () => {
    const [dealId, other] = await column(0, 2);
    await moveDeal({ actor: w.rep, dealId, toStageId: stage(0), previousId: other, nextId: null, version: 1 });
    const error = await expectRejectedWithoutWrites(
      () => moveDeal({ actor: w.rep, dealId, toStageId: stage(1), version: 1 }),
      "CONFLICT",
    );
    expect(error.details).toEqual({ currentVersion: 2 });
    expect(error.status).toBe(409);
  });

  it("two moves of the same version at once: one wins, the other is a CONFLICT", async () => {
    const [dealId] = await column(0, 1);
    const results = await Promise.allSettled([
      moveDeal({ actor: w.rep, dealId, toStageId: stage(1), version: 1 }),
      moveDeal({ actor: w.head, dealId, toStageId: stage(2), version: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.stageTransition.count({ where: { dealId } })).toBe(2); // created + one move
    expect(await version(dealId)).toBe(2);
    await expectTotalsInStep();
  });

  it("an unknown stage → NOT_FOUND", async () => {
    const [dealId] = await column(0, 1);
    await expectRejectedWithoutWrites(() => moveDeal({ actor: w.rep, dealId, toStageId: "no-such-stage", version: 1 }), "NOT_FOUND");
  });

  it("an unknown deal → NOT_FOUND", async () => {
    await column(0, 1);
    await expectRejectedWithoutWrites(() => moveDeal({ actor: w.rep, dealId: "no-such-deal", toStageId: stage(1), version: 1 }), "NOT_FOUND");
  });

  it("a stage of another pipeline → VALIDATION", async () => {
    const [dealId] = await column(0, 1);
    await expectRejectedWithoutWrites(
      () => moveDeal({ actor: w.rep, dealId, toStageId: w.otherPipeline.stages[0].id, version: 1 }),
      "VALIDATION",
    );
  });

  it("a rep moving another rep's deal → FORBIDDEN", async () => {
    const [dealId] = await column(0, 1, w.otherRep);
    await expectRejectedWithoutWrites(() => moveDeal({ actor: w.rep, dealId, toStageId: stage(1), version: 1 }), "FORBIDDEN");
    await expectRejectedWithoutWrites(() => moveDeal({ actor: w.rep, dealId, toStageId: stage(0), version: 1 }), "FORBIDDEN");
  });

  it("a closed deal → CONFLICT", async () => {
    const [dealId] = await column(0, 1);
    const closed = await closeDeal({ actor: w.rep, dealId, version: 1, outcome: "LOST", lossReasonId: w.reasons.price });
    await expectRejectedWithoutWrites(
      () => moveDeal({ actor: w.rep, dealId, toStageId: stage(1), version: closed.version }),
      "CONFLICT",
    );
  });
});

it("the database orders ranks bytewise, like compareRanks", async () => {
  const ranks = ["a1", "Zz", "a0V", "b00", "a0", "Zy"];
  await db.deal.createMany({
    data: ranks.map((rank, i) => ({
      id: `r${i}`,
      title: rank,
      ownerId: w.rep.id,
      pipelineId: w.pipeline.id,
      stageId: stage(0),
      rank,
    })),
  });
  expect((await columnOrder(stage(0))).map((r) => r.rank)).toEqual(["Zy", "Zz", "a0", "a0V", "a1", "b00"]);
});
