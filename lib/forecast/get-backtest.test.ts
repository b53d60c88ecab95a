import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { day, dealWithHistory } from "@/lib/analytics/testing/histories";
import { getBacktest } from "./get-backtest";

let w: World;
// 1 May 2026 in Moscow: the backtest covers November 2025 … April 2026.
const now = day(60);

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  const p = w.pipeline;
  // b1: in the last stage since 25 Feb, expected 12 March, won 12 March.
  await dealWithHistory({ pipeline: p, ownerId: w.otherRep.id, createdAt: -40, value: 5000, expectedCloseAt: 10, steps: [{ at: -5, move: 3 }, { at: 10, won: true }] });
  // b2: lost on 31 January, reopened in March and won: closed at both February's and March's start.
  await dealWithHistory({ pipeline: p, ownerId: w.head.id, createdAt: -60, value: 700, steps: [{ at: -30, lost: w.reasons.price }, { at: 5, reopen: true }, { at: 20, won: true }] });
  // b3: open in the first stage since mid-January, expected in February.
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: -45, value: 1000, expectedCloseAt: -20 });
  // Ten quick wins in March (created after March began).
  for (let i = 0; i < 10; i++) {
    await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 0, value: 100, steps: [{ at: 10, move: 3 }, { at: 15, won: true }] });
  }
});

describe("getBacktest", () => {
  it("rebuilds the pipeline at each month's start and scores each method against what was won", async () => {
    const r = await getBacktest({ actor: w.head, filters: { pipeline: w.pipeline.id }, now });
    expect(r.team.months.map((m) => m.month)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]);
    const month = (key: string) => r.team.months.find((m) => m.month === key)!;
    // 1 Feb: b1 and b3 open in stage 0 (10%), only b3 expected in February; no history yet, so the
    // calibrated method falls back to the stage probability, closing within 30 days.
    expect(month("2026-02")).toEqual({ month: "2026-02", actual: 0, forecast: { weighted: 100, calibrated: 100 + 500, runRate: 0 } });
    // 1 Mar: b1 in the last stage (85%, expected in March) and b3 (expected in February: not weighted for March).
    const march = month("2026-03");
    expect(march.actual).toBe(5000 + 700 + 10 * 100);
    expect(march.forecast.weighted).toBeCloseTo(4250, 9);
    expect(march.forecast.calibrated).toBeCloseTo(4250 + 100, 9);
    expect(march.forecast.runRate).toBe(0);
    // 1 Apr: only b3 is open; the run rate is March's revenue over three months.
    const april = month("2026-04");
    expect(april.actual).toBe(0);
    expect(april.forecast.weighted).toBe(0);
    expect(april.forecast.runRate).toBeCloseTo(6700 / 3, 9);
    // Only March had revenue: the scores are its errors.
    expect(r.team.scores.weighted.mape).toBeCloseTo(1 - 4250 / 6700, 9);
    expect(r.team.scores.calibrated.mape).toBeCloseTo(1 - 4350 / 6700, 9);
    expect(r.team.scores.runRate).toMatchObject({ mape: 1, bias: -1 });
    expect(r.team.best).toBe("calibrated");
  });

  it("gives each owner their own series", async () => {
    const r = await getBacktest({ actor: w.head, filters: { pipeline: w.pipeline.id }, now });
    const oleg = r.owners.find((o) => o.ownerId === w.otherRep.id)!;
    const march = oleg.months.find((m) => m.month === "2026-03")!;
    expect(march.actual).toBe(5000);
    expect(march.forecast.weighted).toBeCloseTo(4250, 9);
    expect(oleg.scores.weighted.mape).toBeCloseTo(0.15, 9);
    const hector = r.owners.find((o) => o.ownerId === w.head.id)!;
    expect(hector.months.find((m) => m.month === "2026-03")).toEqual({ month: "2026-03", actual: 700, forecast: { weighted: 0, calibrated: 0, runRate: 0 } });
    const sum = (key: "actual") => r.owners.reduce((s, o) => s + o.months.reduce((t, m) => t + m[key], 0), 0);
    expect(sum("actual")).toBe(r.team.months.reduce((t, m) => t + m.actual, 0));
  });

  it("is for heads and admins only", async () => {
    await expectAppError(getBacktest({ actor: w.rep, filters: {} }), "FORBIDDEN");
  });
});
