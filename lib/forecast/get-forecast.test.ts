import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { listDealsBehind } from "@/lib/analytics/list-deals-behind";
import { day, dealWithHistory } from "@/lib/analytics/testing/histories";
import { resolveScope } from "@/lib/analytics/resolve-scope";
import { MERGE_BANDS_ABOVE, getForecast, simulationGroups } from "./get-forecast";
import { ALL_BANDS, type OpenGroup, openDealsByRanges, openGroups } from "./forecast-queries";

let w: World;
// 1 May 2026, 12:00 in Moscow: the horizon is May … October.
const now = day(60);
const ids: Record<string, string> = {};

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  const p = w.pipeline;
  const open = (o: { owner?: string; stage: number; value: number; expected: number | null; enteredAt?: number; currency?: string }) =>
    dealWithHistory({
      pipeline: p,
      ownerId: o.owner ?? w.rep.id,
      createdAt: 30,
      value: o.value,
      currency: o.currency,
      expectedCloseAt: o.expected,
      steps: o.stage > 0 ? [{ at: o.enteredAt ?? 40, move: o.stage }] : [],
    });
  ids.o1 = await open({ stage: 1, value: 1000, expected: 70 }); // May, 30%
  ids.o2 = await open({ owner: w.head.id, stage: 3, value: 2000, expected: 95, enteredAt: 58 }); // June, 85%; 2 days in its stage
  ids.o3 = await open({ stage: 0, value: 500, expected: null }); // no date, 10%
  ids.o4 = await open({ stage: 2, value: 1000, expected: 50 }); // overdue (April), 60%
  ids.o5 = await open({ stage: 0, value: 100, expected: 400 }); // after the horizon
  ids.o6 = await open({ stage: 1, value: 9999, expected: 70, currency: "USD" }); // counted, not summed
  // History: ten deals reached the last stage and were won five days later, in March.
  for (let i = 0; i < 10; i++) {
    await dealWithHistory({ pipeline: p, ownerId: w.otherRep.id, createdAt: 0, value: 100, steps: [{ at: 10, move: 3 }, { at: 15, won: true }] });
  }
});

const forecast = (more: Record<string, string> = {}) => getForecast({ actor: w.head, filters: { pipeline: w.pipeline.id, ...more }, now });

describe("getForecast", () => {
  it("weights the open pipeline by stage probability per expected close month", async () => {
    const r = await forecast();
    expect(r.months).toEqual(["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]);
    const row = (key: string) => r.weighted.find((x) => x.key === key);
    expect(row("overdue")).toEqual({ key: "overdue", count: 1, value: 1000, weighted: 600 });
    expect(row("2026-05")).toEqual({ key: "2026-05", count: 2, value: 1000, weighted: 300 });
    expect(row("2026-06")).toEqual({ key: "2026-06", count: 1, value: 2000, weighted: 1700 });
    expect(row("2026-07")).toMatchObject({ count: 0, value: 0 });
    expect(row("later")).toEqual({ key: "later", count: 1, value: 100, weighted: 10 });
    expect(row("none")).toEqual({ key: "none", count: 1, value: 500, weighted: 50 });
    expect(r.otherCurrencyDeals).toBe(1);
    const may = await listDealsBehind({ actor: w.head, filters: { pipeline: w.pipeline.id }, cell: { kind: "expected", month: "2026-05" }, now });
    expect(may.deals.map((d) => d.id).sort()).toEqual([ids.o1, ids.o6].sort());
    const overdue = await listDealsBehind({ actor: w.head, filters: { pipeline: w.pipeline.id }, cell: { kind: "expected", month: "overdue" }, now });
    expect(overdue.deals.map((d) => d.id)).toEqual([ids.o4]);
  });

  it("calibrates on the pipeline's own history and simulates reproducibly", async () => {
    // Only o2 is the head's: in the last stage for 2 days; all ten past visits there ended in a
    // win 5 days after entering (bucket middle 5.5): chance (10 + 5 × 0.85) ÷ 15 = 0.95, in 3 days.
    const r = await forecast({ owner: w.head.id });
    expect(r.calibrated[0].expected).toBeCloseTo(0.95 * 2000, 6);
    expect(r.calibrated.slice(1).every((m) => m.expected === 0 && m.p90 === 0)).toBe(true);
    expect(r.calibrated[0]).toMatchObject({ month: "2026-05", p10: 2000, p50: 2000, p90: 2000 });
    expect(r.calibrated[0].mean).toBeGreaterThan(1800);
    expect(r.runs).toBe(2000);
    const last = r.stages[3];
    expect(last).toMatchObject({ won: 10, lost: 0, empirical: 1, configured: 0.85, medianDaysToWin: 5.5, openDeals: 1, openValue: 2000 });
    expect(last.calibrated).toBeCloseTo(0.95, 12);
    // The same inputs give the same forecast (seeded Monte Carlo).
    const again = await forecast({ owner: w.head.id });
    expect(again.calibrated).toEqual(r.calibrated);
    const team = await forecast();
    expect(team.total.p10).toBeLessThanOrEqual(team.total.p50);
    expect(team.total.p50).toBeLessThanOrEqual(team.total.p90);
  });

  it("reads open deals by index ranges (big pipelines) to the same totals as grouping them", async () => {
    const scope = await resolveScope({ actor: w.head, filters: { pipeline: w.pipeline.id }, now });
    const starts = ["2026-05-01", "2026-06-01", "2026-07-01"].map((d) => new Date(`${d}T00:00:00+03:00`));
    const total = (groups: OpenGroup[], key: (g: OpenGroup) => string) => {
      const sums = new Map<string, number[]>();
      for (const g of groups) {
        if (g.count + g.other === 0) continue;
        const s = sums.get(key(g)) ?? [0, 0, 0, 0];
        sums.set(key(g), [s[0] + g.count, s[1] + g.value, s[2] + g.squares, s[3] + g.other]);
      }
      return [...sums.entries()].sort();
    };
    const grouped = await openGroups(scope, starts);
    const ranges = await openDealsByRanges(scope, starts);
    expect(new Set(grouped.map((g) => g.band)).size).toBeGreaterThan(1);
    expect([...ranges.simulation, ...ranges.weighting].every((g) => g.band === ALL_BANDS)).toBe(true);
    const byAge = (g: OpenGroup) => `${g.stageId}|${g.age}`;
    const bySlot = (g: OpenGroup) => `${g.stageId}|${g.slot}`;
    expect(total(ranges.simulation, byAge)).toEqual(total(grouped, byAge));
    expect(total(ranges.weighting, bySlot).map(([k, s]) => [k, s[0], s[1], s[3]])).toEqual(total(grouped, bySlot).map(([k, s]) => [k, s[0], s[1], s[3]]));
    // Ages are day buckets of the time in stage: o2 entered its stage 2 days ago.
    expect(ranges.simulation.find((g) => g.stageId === w.pipeline.stages[3].id && g.count > 0)?.age).toBe(2);
    // Every open deal once in each reading (o6 is in another currency).
    expect(ranges.simulation.reduce((n, g) => n + g.count + g.other, 0)).toBe(6);
    expect(ranges.weighting.reduce((n, g) => n + g.count + g.other, 0)).toBe(6);
  });

  it("forecasts nothing without open deals", async () => {
    const r = await forecast({ owner: w.admin.id });
    expect(r.weighted.every((x) => x.count === 0)).toBe(true);
    expect(r.calibrated.every((m) => m.p90 === 0 && m.expected === 0)).toBe(true);
  });

  it("is for heads and admins only", async () => {
    await expectAppError(getForecast({ actor: w.rep, filters: {} }), "FORBIDDEN");
  });
});

describe("simulationGroups", () => {
  const model = new Map([["s", { prior: 0.5, won: [], lost: [] }]]);
  const group = (band: number, slot: number, values: number[]) => ({
    stageId: "s",
    age: 0,
    band,
    slot,
    count: values.length,
    value: values.reduce((a, b) => a + b, 0),
    squares: values.reduce((a, b) => a + b * b, 0),
    other: 0,
  });

  it("adds up the expected-close slots of a value band, and keeps bands apart in ordinary pipelines", () => {
    const sim = simulationGroups([group(41, 0, [1000, 3000]), group(41, 2, [2000]), group(51, 2, [10_000])], model, 0, [1]);
    expect(sim.map((g) => [g.count, g.value, g.spread])).toEqual([
      [3, 2000, undefined],
      [1, 10_000, undefined],
    ]);
  });

  it("merges the bands of a stage and age into one group with the values' spread in huge pipelines", () => {
    const many = Array.from({ length: MERGE_BANDS_ABOVE + 1 }, (_, i) => group(i, 0, [i % 2 ? 100 : 300]));
    const [merged] = simulationGroups(many, model, 0, [1]);
    expect(merged.count).toBe(MERGE_BANDS_ABOVE + 1);
    expect(merged.value).toBeCloseTo((401 * 300 + 400 * 100) / 801, 6); // 401 deals of 300, 400 of 100
    expect(merged.spread).toBeGreaterThan(99);
  });
});
