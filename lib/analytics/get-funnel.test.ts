import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { getFunnel } from "./get-funnel";
import { getCohorts } from "./get-cohorts";
import { listDealsBehind } from "./list-deals-behind";
import { day, dealWithHistory, period } from "./testing/histories";
import { moveScenario } from "./testing/scenarios";

let w: World;
let f: Awaited<ReturnType<typeof moveScenario>>;
const now = day(60);

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  f = await moveScenario(w);
  // Another pipeline's moves never count.
  await dealWithHistory({ pipeline: w.otherPipeline, ownerId: w.rep.id, createdAt: 1, steps: [{ at: 2, move: 1 }] });
});

const filters = (more: Record<string, string> = {}) => ({ pipeline: w.pipeline.id, ...period(0, 59), ...more });
const funnel = (more: Record<string, string> = {}) => getFunnel({ actor: w.head, filters: filters(more), now });
const s = (i: number) => w.pipeline.stages[i].id;

describe("getFunnel", () => {
  it("follows each deal that entered a stage: advanced, back, lost here, still here, skipped", async () => {
    const r = await funnel();
    const row = (i: number) => {
      const x = r.stages[i];
      return [x.entered, x.advanced, x.back, x.lost, x.here, x.skipped, x.conversion];
    };
    // Stage 0: f1, f2, f3, f4, f6 were created in it; f1 moved on, f2 skipped ahead, f4 moved on.
    expect(row(0)).toEqual([5, 3, 0, 1, 1, 0, 0.6]);
    // Stage 1: f1 (twice, counted once) and f4 (lost, reopened, moved on); f2's skip jumped over it.
    expect(row(1)).toEqual([2, 2, 0, 0, 0, 1, 1]);
    // Stage 2: f1 (went back once, later advanced), f2 (lost here), f4 and f5 (still here).
    expect(row(2)).toEqual([4, 1, 1, 1, 2, 0, 0.25]);
    // Stage 3: f1, won there.
    expect(row(3)).toEqual([1, 1, 0, 0, 0, 0, 1]);
  });

  it("records every transition of the period in the matrix, by kind", async () => {
    const r = await funnel();
    const count = (from: number | null, to: number, fromStatus: string | null, toStatus: string) =>
      r.matrix.find((m) => m.fromStageId === (from === null ? null : s(from)) && m.toStageId === s(to) && m.fromStatus === fromStatus && m.toStatus === toStatus)?.moves ?? 0;
    expect(count(null, 0, null, "OPEN")).toBe(5);
    expect(count(1, 2, "OPEN", "OPEN")).toBe(4); // f1 twice, f4, f5
    expect(count(2, 1, "OPEN", "OPEN")).toBe(1);
    expect(count(1, 1, "LOST", "OPEN")).toBe(1);
    expect(r.matrix.reduce((sum, m) => sum + m.moves, 0)).toBe(19);
    expect(r.moves).toEqual({ created: 5, forward: 7, skip: 1, backward: 1, won: 1, lost: 3, reopened: 1 });
  });

  it("counts entries only inside the period, and outcomes up to now", async () => {
    const early = await funnel(period(0, 1)); // calendar days 2–3 March in Moscow
    expect(early.stages.map((x) => x.entered)).toEqual([2, 0, 1, 0]); // f1, f2 created; f5 entered stage 2
    expect(early.stages[0].advanced).toBe(2);
    const empty = await funnel(period(200, 210));
    expect(empty.stages.every((x) => x.entered === 0 && x.conversion === null)).toBe(true);
    expect(empty.matrix).toEqual([]);
  });

  it("follows the owner and source filters", async () => {
    const mine = await funnel({ owner: w.otherRep.id });
    expect(mine.stages.map((x) => x.entered)).toEqual([1, 0, 1, 0]); // f3, f5
    const referral = await funnel({ source: "referral" });
    expect(referral.stages.map((x) => [x.entered, x.advanced, x.lost])).toEqual([[1, 1, 0], [0, 0, 0], [1, 0, 1], [0, 0, 0]]);
  });

  it("lists the deals behind a funnel cell or a matrix cell", async () => {
    const behind = async (cell: Parameters<typeof listDealsBehind>[0]["cell"]) =>
      (await listDealsBehind({ actor: w.head, filters: filters(), cell, now })).deals.map((d) => d.id).sort();
    expect(await behind({ kind: "funnel", stageId: s(2), outcome: "here" })).toEqual([f.f4, f.f5].sort());
    expect(await behind({ kind: "funnel", stageId: s(1), outcome: "advanced" })).toEqual([f.f1, f.f4].sort());
    expect(await behind({ kind: "funnel", stageId: s(2), outcome: "back" })).toEqual([f.f1]);
    expect(await behind({ kind: "funnel", stageId: s(0), outcome: "lost" })).toEqual([f.f3]);
    expect(await behind({ kind: "funnel", stageId: s(0), outcome: "entered" })).toEqual([f.f1, f.f2, f.f3, f.f4, f.f6].sort());
    expect(await behind({ kind: "transition", fromStageId: s(0), toStageId: s(2), fromStatus: "OPEN", toStatus: "OPEN" })).toEqual([f.f2]);
    expect(await behind({ kind: "transition", fromStageId: null, toStageId: s(0), fromStatus: null, toStatus: "OPEN" })).toHaveLength(5);
  });

  it("puts each deal created in the period in its month's cohort, by where it is now", async () => {
    const r = await getCohorts({ actor: w.head, filters: filters(), now });
    expect(r.cohorts).toEqual([{ month: "2026-03", deals: 5, won: 1, lost: 2, openByStage: { [s(0)]: 1, [s(2)]: 1 } }, { month: "2026-04", deals: 0, won: 0, lost: 0, openByStage: {} }]);
    const cohort = await listDealsBehind({ actor: w.head, filters: filters(), cell: { kind: "cohort", month: "2026-03", status: "LOST" }, now });
    expect(cohort.deals.map((d) => d.id).sort()).toEqual([f.f2, f.f3].sort());
  });

  it("is for heads and admins only", async () => {
    await expectAppError(getFunnel({ actor: w.rep, filters: {} }), "FORBIDDEN");
    await expectAppError(getCohorts({ actor: w.rep, filters: {} }), "FORBIDDEN");
  });
});
