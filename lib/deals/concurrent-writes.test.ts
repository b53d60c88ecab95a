// Many domain writes at once through the one Prisma client. On PostgreSQL they really run side by
// side on the pool's connections, so these tests exercise the stage row lock (unique ranks), the
// version check (no lost update) and the sorted totals deltas (no deadlock); on SQLite they
// serialize and must give the same answers.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, inPipeline, insertDeals, makeDeal, type World } from "@/lib/testing/fixtures";
import { columnIds, columnOrder, expectStrictlyIncreasing, expectTotalsInStep } from "@/lib/testing/db-state";
import { closeDeal } from "./close-deal";
import { createDeal } from "./create-deal";
import { moveDeal } from "./move-deal";
import { reopenDeal } from "./reopen-deal";

let w: World;
const stage = (i: number) => w.pipeline.stages[i].id;

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

/** Every promise fulfilled; otherwise fails with the reasons (a deadlock shows up here). */
async function allFulfilled<T>(promises: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  const reasons = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => String(r.reason));
  expect(reasons, "every concurrent call should succeed").toEqual([]);
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/** A column's ranks: all distinct and strictly increasing in the order the board reads them. */
async function expectColumnWellOrdered(stageId: string): Promise<string[]> {
  const column = await columnOrder(stageId);
  const ranks = column.map((c) => c.rank);
  expect(new Set(ranks).size).toBe(ranks.length);
  expectStrictlyIncreasing(ranks);
  return column.map((c) => c.id);
}

const bulk = (n: number, ownerId: string) => Array.from({ length: n }, (_, i) => ({ ownerId, value: 10_000 * (i + 1) }));

describe("concurrent moves", () => {
  it("20 deals dropped into the same slot at once all land, with distinct ordered ranks", async () => {
    const movers = await insertDeals(inPipeline(w.pipeline, 0), bulk(20, w.rep.id));
    const [x, y, z] = await insertDeals(inPipeline(w.pipeline, 1), bulk(3, w.otherRep.id));
    const transitionsBefore = await db.stageTransition.count();

    const moved = await allFulfilled(
      movers.map((dealId, i) =>
        moveDeal({
          actor: i % 2 ? w.head : w.rep,
          dealId,
          toStageId: stage(1),
          previousId: x,
          nextId: y,
          version: 1,
        }),
      ),
    );

    expect(moved.map((m) => m.version)).toEqual(movers.map(() => 2));
    expect(new Set(moved.map((m) => m.rank)).size).toBe(20);
    const ids = await expectColumnWellOrdered(stage(1));
    // All 20 between x and y, in whatever order they were placed.
    expect(ids).toHaveLength(23);
    expect([ids[0], ids[21], ids[22]]).toEqual([x, y, z]);
    expect(new Set(ids.slice(1, 21))).toEqual(new Set(movers));
    expect(await columnIds(stage(0))).toEqual([]);

    expect(await db.stageTransition.count()).toBe(transitionsBefore + 20);
    expect(await db.stageTransition.count({ where: { fromStageId: stage(0), toStageId: stage(1), dealId: { in: movers } } })).toBe(20);
    await expectTotalsInStep();
  });

  it("10 moves of the same deal with the same version: one wins, nine get CONFLICT", async () => {
    const others = {
      1: await insertDeals(inPipeline(w.pipeline, 1), bulk(3, w.rep.id)),
      2: await insertDeals(inPipeline(w.pipeline, 2), bulk(3, w.rep.id)),
      3: await insertDeals(inPipeline(w.pipeline, 3), bulk(3, w.rep.id)),
    };
    const { id: dealId, version } = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(0) });
    const actors: Actor[] = [w.rep, w.head, w.admin];
    // Ten different drops: top, middle, bottom of stages 1-3, and one more slot in stage 1.
    const targets: { to: 1 | 2 | 3; previousId: string | null; nextId: string | null }[] = [];
    for (const to of [1, 2, 3] as const) {
      const [a, b, c] = others[to];
      targets.push({ to, previousId: null, nextId: a }, { to, previousId: a, nextId: b }, { to, previousId: c, nextId: null });
    }
    targets.push({ to: 1, previousId: others[1][1], nextId: others[1][2] });

    const results = await Promise.allSettled(
      targets.map((t, i) =>
        moveDeal({ actor: actors[i % 3], dealId, toStageId: stage(t.to), previousId: t.previousId, nextId: t.nextId, version }),
      ),
    );

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const { reason } of lost) {
      expect(reason, String(reason)).toBeInstanceOf(AppError);
      expect((reason as AppError).code).toBe("CONFLICT");
    }

    const row = await db.deal.findUniqueOrThrow({ where: { id: dealId }, select: { version: true, stageId: true, rank: true } });
    expect(row.version).toBe(version + 1);
    const winner = won[0].status === "fulfilled" ? won[0].value : null;
    expect(row).toEqual({ version: version + 1, stageId: winner?.stageId, rank: winner?.rank });
    // The creation plus exactly one move.
    const transitions = await db.stageTransition.findMany({ where: { dealId }, orderBy: { at: "asc" } });
    expect(transitions).toHaveLength(2);
    expect(transitions.filter((t) => t.fromStageId === stage(0))).toEqual([
      expect.objectContaining({ toStageId: row.stageId, fromStatus: "OPEN", toStatus: "OPEN" }),
    ]);
    for (const i of [1, 2, 3]) await expectColumnWellOrdered(stage(i));
    await expectTotalsInStep();
  });

  it("two deals swapping columns back and forth at once never deadlock and keep the counters in step", async () => {
    await insertDeals(inPipeline(w.pipeline, 0), bulk(2, w.rep.id));
    await insertDeals(inPipeline(w.pipeline, 1), bulk(2, w.rep.id));
    const a = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(0), value: 70_000, currency: "RUB" });
    const b = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(1), value: 30_000, currency: "RUB" });
    const ROUNDS = 15;
    let versionA = a.version;
    let versionB = b.version;

    for (let round = 0; round < ROUNDS; round++) {
      const [forthA, forthB] = await allFulfilled([
        moveDeal({ actor: w.rep, dealId: a.id, toStageId: stage(1), version: versionA }),
        moveDeal({ actor: w.head, dealId: b.id, toStageId: stage(0), version: versionB }),
      ]);
      const [backA, backB] = await allFulfilled([
        moveDeal({ actor: w.head, dealId: a.id, toStageId: stage(0), version: forthA.version }),
        moveDeal({ actor: w.rep, dealId: b.id, toStageId: stage(1), version: forthB.version }),
      ]);
      versionA = backA.version;
      versionB = backB.version;
    }

    expect(versionA).toBe(a.version + 2 * ROUNDS);
    expect(versionB).toBe(b.version + 2 * ROUNDS);
    expect(await db.stageTransition.count({ where: { dealId: { in: [a.id, b.id] }, fromStageId: { not: null } } })).toBe(4 * ROUNDS);
    expect(await columnIds(stage(0))).toContain(a.id);
    expect(await columnIds(stage(1))).toContain(b.id);
    await expectColumnWellOrdered(stage(0));
    await expectColumnWellOrdered(stage(1));
    await expectTotalsInStep();
  });
});

describe("concurrent creates and reopens", () => {
  it("20 deals created into the same stage at once get distinct ordered ranks", async () => {
    const existing = await insertDeals(inPipeline(w.pipeline, 2), bulk(3, w.rep.id));
    const actors: Actor[] = [w.rep, w.otherRep, w.head, w.admin];

    const created = await allFulfilled(
      Array.from({ length: 20 }, (_, i) =>
        createDeal({
          actor: actors[i % 4],
          input: { title: `Параллельная ${i}`, value: 1_000 * (i + 1), currency: i % 5 ? "RUB" : "USD", pipelineId: w.pipeline.id, stageId: stage(2) },
        }),
      ),
    );

    expect(new Set(created.map((d) => d.rank)).size).toBe(20);
    const ids = await expectColumnWellOrdered(stage(2));
    expect(ids).toHaveLength(23);
    // New deals go on top, above the cards that were there.
    expect(ids.slice(20)).toEqual(existing);
    expect(new Set(ids.slice(0, 20))).toEqual(new Set(created.map((d) => d.id)));
    expect(await db.stageTransition.count({ where: { dealId: { in: created.map((d) => d.id) }, fromStageId: null, toStageId: stage(2) } })).toBe(20);
    await expectTotalsInStep();
  });

  it("reopens and creates into the same stage at once get distinct ordered ranks", async () => {
    const existing = await insertDeals(inPipeline(w.pipeline, 1), bulk(2, w.otherRep.id));
    const closed: { id: string; version: number }[] = [];
    for (let i = 0; i < 10; i++) {
      const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: stage(1), value: 5_000 * (i + 1) });
      closed.push(
        await closeDeal(
          i % 2
            ? { actor: w.rep, dealId: deal.id, version: deal.version, outcome: "WON" }
            : { actor: w.rep, dealId: deal.id, version: deal.version, outcome: "LOST", lossReasonId: w.reasons.price },
        ),
      );
    }
    expect(await columnIds(stage(1))).toHaveLength(2);

    const reopening = closed.map((d, i) => reopenDeal({ actor: i % 2 ? w.rep : w.head, dealId: d.id, version: d.version }));
    const creating = Array.from({ length: 10 }, (_, i) =>
      createDeal({ actor: w.rep, input: { title: `Новая ${i}`, value: 2_000, currency: "RUB", pipelineId: w.pipeline.id, stageId: stage(1) } }),
    );
    const [reopened, created] = await Promise.all([allFulfilled(reopening), allFulfilled(creating)]);

    expect(reopened.every((d) => d.status === "OPEN")).toBe(true);
    const ids = await expectColumnWellOrdered(stage(1));
    expect(ids).toHaveLength(22);
    // Reopened and new deals all went on top, above the two that stayed open.
    expect(ids.slice(20)).toEqual(existing);
    expect(new Set(ids.slice(0, 20))).toEqual(new Set([...closed.map((d) => d.id), ...created.map((d) => d.id)]));
    expect(await db.stageTransition.count({ where: { dealId: { in: closed.map((d) => d.id) }, toStatus: "OPEN", fromStatus: { not: "OPEN" } } })).toBe(10);
    await expectTotalsInStep();
  });
});
