import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { getLeaks } from "./get-leaks";
import { NONE } from "./leak-rollup";
import { listDealsBehind } from "./list-deals-behind";
import { day, dealWithHistory, period } from "./testing/histories";

let w: World;
const now = day(60);
const ids: Record<string, string> = {};

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  const p = w.pipeline;
  const { price, competitor } = w.reasons;
  // Lost at the very first stage.
  ids.d1 = await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 1, value: 100_000, steps: [{ at: 2, lost: price }] });
  // Forward, backward, then lost from the stage it went back to.
  ids.d2 = await dealWithHistory({
    pipeline: p,
    ownerId: w.otherRep.id,
    createdAt: 1,
    value: 200_000,
    source: "referral",
    steps: [{ at: 3, move: 1 }, { at: 5, move: 2 }, { at: 6, move: 1 }, { at: 8, lost: competitor }],
  });
  // Lost, reopened and won: not a leak.
  ids.d3 = await dealWithHistory({
    pipeline: p,
    ownerId: w.rep.id,
    createdAt: 2,
    steps: [{ at: 4, move: 1 }, { at: 5, lost: price }, { at: 10, reopen: true }, { at: 12, move: 2 }, { at: 20, won: true }],
  });
  // Lost twice: one leak, with the second reason.
  ids.d4 = await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 3, value: 300_000, steps: [{ at: 4, lost: price }, { at: 6, reopen: true }, { at: 9, lost: competitor }] });
  // No reason recorded, no source.
  ids.d5 = await dealWithHistory({ pipeline: p, ownerId: w.head.id, createdAt: 3, value: 50_000, source: null, steps: [{ at: 15, lost: null }] });
  // In dollars: counted, not summed with roubles.
  ids.d9 = await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 1, value: 999_999, currency: "USD", steps: [{ at: 3, move: 1 }, { at: 7, lost: price }] });
  // Sunday 22:30 UTC = Monday 01:30 in Moscow: the Monday's week.
  ids.d10 = await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 10, value: 10_000, steps: [{ at: 13 + 13.5 / 24, lost: price }] });
  // Outside the period, or in another pipeline.
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: -20, steps: [{ at: -10, lost: price }] });
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 30, steps: [{ at: 61, lost: price }] });
  await dealWithHistory({ pipeline: w.otherPipeline, ownerId: w.rep.id, createdAt: 1, steps: [{ at: 5, lost: price }] });
});

const leaks = (filters: Record<string, string> = {}) => getLeaks({ actor: w.head, filters: { pipeline: w.pipeline.id, ...period(0, 59), ...filters }, now });
const stage = (i: number) => w.pipeline.stages[i].id;

describe("getLeaks", () => {
  it("counts each lost deal once, at the stage and with the reason of its final loss", async () => {
    const r = await leaks();
    const { price, competitor } = w.reasons;
    expect(r.total).toEqual({ deals: 6, value: 100_000 + 200_000 + 300_000 + 50_000 + 10_000 });
    expect(r.otherCurrencyDeals).toBe(1);
    expect(r.reasons.map((x) => x.id)).toEqual([price, competitor, NONE]);
    const cells = Object.fromEntries(r.byStage.map((row) => [row.key, row.cells]));
    expect(cells[stage(0)]).toEqual({
      [price]: { deals: 2, value: 110_000 },
      [competitor]: { deals: 1, value: 300_000 },
      [NONE]: { deals: 1, value: 50_000 },
    });
    expect(cells[stage(1)]).toEqual({ [competitor]: { deals: 1, value: 200_000 }, [price]: { deals: 1, value: 0 } });
    expect(r.byStage.map((row) => row.deals)).toEqual([4, 2, 0, 0]);
  });

  it("splits the same losses by source, owner and week (in the display time zone)", async () => {
    const r = await leaks();
    expect(r.bySource.map((row) => [row.key, row.deals])).toEqual([
      ["ads", 4],
      [NONE, 1],
      ["referral", 1],
    ]);
    expect(Object.fromEntries(r.byOwner.map((row) => [row.label, row.deals]))).toEqual({ "Rita Rep": 4, "Oleg Rep": 1, "Hector Head": 1 });
    const weeks = Object.fromEntries(r.byWeek.map((row) => [row.key, row.deals]));
    expect(weeks["2026-03-02"]).toBe(1); // d1 on Wednesday 4 March
    expect(weeks["2026-03-09"]).toBe(3); // d2, d4, d9
    expect(weeks["2026-03-16"]).toBe(2); // d10 (Sunday night in UTC) and d5
    expect(r.byWeek.reduce((s, row) => s + row.deals, 0)).toBe(6);
  });

  it("follows the owner and source filters", async () => {
    expect((await leaks({ owner: w.rep.id })).total.deals).toBe(4);
    expect((await leaks({ source: "referral" })).total).toEqual({ deals: 1, value: 200_000 });
    expect((await leaks({ source: "none" })).total).toEqual({ deals: 1, value: 50_000 });
  });

  it("handles an empty period and a one-deal period", async () => {
    const empty = await leaks(period(100, 120));
    expect(empty.total).toEqual({ deals: 0, value: 0 });
    expect(empty.reasons).toEqual([]);
    expect(empty.byStage.every((row) => row.deals === 0)).toBe(true);
    expect(empty.byWeek.length).toBeGreaterThan(0);
    const one = await leaks(period(2, 2));
    expect(one.total).toEqual({ deals: 1, value: 100_000 });
    expect(one.byStage[0].cells).toEqual({ [w.reasons.price]: { deals: 1, value: 100_000 } });
  });

  it("lists the deals behind a cell, with the same count", async () => {
    const filters = { pipeline: w.pipeline.id, ...period(0, 59) };
    const behind = await listDealsBehind({ actor: w.head, filters, cell: { kind: "lost", stageId: stage(0), reasonId: w.reasons.price }, now });
    expect(behind.total).toBe(2);
    expect(behind.deals.map((d) => d.id).sort()).toEqual([ids.d1, ids.d10].sort());
    expect(behind.deals[0]).toMatchObject({ status: "LOST", lossReason: "Дорого", stage: "Квалификация" });
    const none = await listDealsBehind({ actor: w.head, filters, cell: { kind: "lost", reasonId: null }, now });
    expect(none.deals.map((d) => d.id)).toEqual([ids.d5]);
    const week = await listDealsBehind({ actor: w.head, filters, cell: { kind: "lost", week: "2026-03-16" }, now });
    expect(week.deals.map((d) => d.id).sort()).toEqual([ids.d5, ids.d10].sort());
  });

  it("is for heads and admins only", async () => {
    await expectAppError(getLeaks({ actor: w.rep, filters: {} }), "FORBIDDEN");
    await expectAppError(listDealsBehind({ actor: w.rep, filters: {}, cell: { kind: "lost" } }), "FORBIDDEN");
    await expectAppError(getLeaks({ actor: w.admin, filters: { pipeline: "nope" } }), "NOT_FOUND");
  });
});
