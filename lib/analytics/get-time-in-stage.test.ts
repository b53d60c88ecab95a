import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { getTimeInStage } from "./get-time-in-stage";
import { listDealsBehind } from "./list-deals-behind";
import { day, period } from "./testing/histories";
import { moveScenario } from "./testing/scenarios";

let w: World;
let f: Awaited<ReturnType<typeof moveScenario>>;
const now = day(60);

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  f = await moveScenario(w);
});

const filters = (more: Record<string, string> = {}) => ({ pipeline: w.pipeline.id, ...period(0, 59), ...more });
const close = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);

describe("getTimeInStage", () => {
  it("gives the median and p90 of each deal's latest visit and of its total time, per stage", async () => {
    const r = await getTimeInStage({ actor: w.head, filters: filters(), now });
    const stat = (i: number) => {
      const x = r.stages[i];
      return [x.latest.n, close(x.latest.p50), close(x.latest.p90), close(x.cumulative.p50), close(x.cumulative.p90)];
    };
    // Stage 0 finished visits: f1 2 d, f2 2 d, f3 1 d, f4 1 d (f6 still there).
    expect(stat(0)).toEqual([4, 1, 2, 1, 2]);
    // Stage 1: f1 3 d + 3 d (latest 3, total 6), f4 2 d + 3 d after its reopen (latest 3, total 5).
    expect(stat(1)).toEqual([2, 3, 3, 5, 6]);
    // Stage 2: f1 1 d + 4 d (latest 4, total 5), f2 1 d; f4 and f5 are still there.
    expect(stat(2)).toEqual([2, 1, 4, 1, 5]);
    // Stage 3: f1 7 d until the win.
    expect(stat(3)).toEqual([1, 7, 7, 7, 7]);
    expect(r.stages.filter((x) => x.bottleneck).map((x) => x.stageId)).toEqual([w.pipeline.stages[3].id]);
  });

  it("counts the open deals over the stage's norm now", async () => {
    const r = await getTimeInStage({ actor: w.head, filters: filters(), now });
    expect(r.stages.map((x) => [x.openNow, x.overNorm])).toEqual([[1, 1], [0, 0], [2, 2], [0, 0]]);
    const early = await getTimeInStage({ actor: w.head, filters: filters(), now: day(15) });
    // The deals as they are now, timed at day 15: f6 10 d in stage 0 (norm 7); f4 4 d and f5 exactly 14 d in stage 2 (norm 14: not over).
    expect(early.stages.map((x) => [x.openNow, x.overNorm])).toEqual([[1, 1], [0, 0], [2, 0], [0, 0]]);
    const stuck = await listDealsBehind({ actor: w.head, filters: filters(), cell: { kind: "stuck", stageId: w.pipeline.stages[2].id }, now });
    expect(stuck.deals.map((d) => d.id).sort()).toEqual([f.f4, f.f5].sort());
  });

  it("has no times for an empty period, and follows the owner filter", async () => {
    const empty = await getTimeInStage({ actor: w.head, filters: filters(period(100, 110)), now });
    expect(empty.stages.every((x) => x.latest.n === 0 && x.latest.p50 === null && !x.bottleneck)).toBe(true);
    const other = await getTimeInStage({ actor: w.head, filters: filters({ owner: w.otherRep.id }), now });
    // f3: 1 day in stage 0; f5's visits began before the period or are still going.
    expect(other.stages.map((x) => x.latest.n)).toEqual([1, 0, 0, 0]);
    expect(other.stages.map((x) => x.openNow)).toEqual([0, 0, 1, 0]);
  });

  it("is for heads and admins only", async () => {
    await expectAppError(getTimeInStage({ actor: w.rep, filters: {} }), "FORBIDDEN");
  });
});
