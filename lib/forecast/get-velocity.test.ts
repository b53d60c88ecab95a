import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { day, dealWithHistory, period } from "@/lib/analytics/testing/histories";
import { getVelocity } from "./get-velocity";

let w: World;
const now = day(60);

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  const p = w.pipeline;
  const { price } = w.reasons;
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 0, value: 1000, steps: [{ at: 10, won: true }] });
  await dealWithHistory({ pipeline: p, ownerId: w.otherRep.id, createdAt: 5, value: 3000, steps: [{ at: 25, won: true }] });
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 1, steps: [{ at: 2, lost: price }] });
  await dealWithHistory({ pipeline: p, ownerId: w.otherRep.id, createdAt: 1, steps: [{ at: 3, lost: price }] });
  for (let i = 0; i < 3; i++) await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 20 + i });
  await dealWithHistory({ pipeline: p, ownerId: w.otherRep.id, createdAt: 30 });
  // Closed before the period: not part of its pace.
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: -30, value: 99_999, steps: [{ at: -20, won: true }] });
});

describe("getVelocity", () => {
  it("is open deals × win rate × average won value ÷ cycle days, for the team and per owner", async () => {
    const r = await getVelocity({ actor: w.head, filters: { pipeline: w.pipeline.id, ...period(0, 59) }, now });
    expect(r.team).toMatchObject({ openDeals: 4, winRate: 0.5, averageWon: 2000 });
    expect(r.team.cycleDays).toBeCloseTo(15, 9);
    expect(r.team.perDay).toBeCloseTo((4 * 0.5 * 2000) / 15, 9);
    const rita = r.owners.find((o) => o.ownerId === w.rep.id)!;
    expect(rita).toMatchObject({ openDeals: 3, winRate: 0.5, averageWon: 1000 });
    expect(rita.perDay).toBeCloseTo((3 * 0.5 * 1000) / 10, 9);
  });

  it("is unknown in a period without closes", async () => {
    const r = await getVelocity({ actor: w.head, filters: { pipeline: w.pipeline.id, ...period(100, 110) }, now });
    expect(r.team).toMatchObject({ openDeals: 4, winRate: null, perDay: null });
    await expectAppError(getVelocity({ actor: w.rep, filters: {} }), "FORBIDDEN");
  });
});
