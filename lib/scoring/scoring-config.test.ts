import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { verifyApiKey, type VerifiedApiKey } from "@/lib/api-keys/verify-api-key";
import { ingestEvents } from "@/lib/events/ingest-events";
import { getScoringConfig } from "./get-scoring-config";
import { rebuildScores } from "./rebuild-scores";
import { refreshScores } from "./refresh-scores";
import { saveScoringConfig } from "./save-scoring-config";
import { DAY_MS } from "./score-math";

let w: World;
let key: VerifiedApiKey;
const T0 = new Date("2026-02-01T00:00:00.000Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY_MS);

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  key = await verifyApiKey({ bodyKey: (await createApiKey({ actor: w.admin, name: "k" })).secret });
});

const RULES = [
  { eventType: "page_view", channel: null, points: 1, halfLifeDays: 14, active: true },
  { eventType: "page_view", channel: "ads", points: 4, halfLifeDays: 3, active: true },
  { eventType: "order", channel: null, points: 30, halfLifeDays: 30, active: true },
  { eventType: "call", channel: null, points: 10, halfLifeDays: 7, active: true },
];

async function snapshot() {
  const signals = await db.personSignal.findMany({ orderBy: [{ personId: "asc" }, { ruleId: "asc" }] });
  const people = await db.person.findMany({ where: { mergedIntoId: null }, orderBy: { id: "asc" }, select: { id: true, score: true, temperature: true } });
  return { signals, people };
}

/** Random traffic, sent out of order in several batches, with links that merge people. */
async function traffic() {
  let n = 0;
  const types = ["page_view", "order", "call", "cart_add"];
  const channels = [null, "ads", "email"];
  for (let batch = 0; batch < 6; batch++) {
    const events = Array.from({ length: 40 }, (_, i) => {
      const k = batch * 40 + i;
      const identities: Record<string, string> = { anonymousId: `v_${k % 13}` };
      if (k % 7 === 0) identities.email = `p${k % 5}@x.ru`;
      return { id: `t${++n}`, type: types[k % 4], channel: channels[k % 3] ?? undefined, occurredAt: at(((k * 37) % 60) - 60).toISOString(), identities };
    });
    await ingestEvents({ key, body: { events }, now: at(batch / 10) });
  }
}

describe("scoring settings", () => {
  it("incremental scoring on ingest equals a full rebuild from the events", async () => {
    await saveScoringConfig({ actor: w.admin, input: { rules: RULES, thresholds: { warm: 10, hot: 40 } }, now: at(-10) });
    await traffic();
    expect(await db.person.count({ where: { mergedIntoId: { not: null } } })).toBeGreaterThan(0);
    await refreshScores({ now: at(0) });
    const incremental = await snapshot();
    await db.$transaction((tx) => rebuildScores({ tx, now: at(0) }));
    const rebuilt = await snapshot();
    expect(rebuilt.people).toEqual(incremental.people);
    expect(rebuilt.signals.length).toBe(incremental.signals.length);
    rebuilt.signals.forEach((s, i) => {
      const before = incremental.signals[i];
      expect({ personId: s.personId, ruleId: s.ruleId, events: s.events, at: s.at }).toEqual({ personId: before.personId, ruleId: before.ruleId, events: before.events, at: before.at });
      expect(s.value).toBeCloseTo(before.value, 9);
    });
    expect(incremental.people.some((p) => p.temperature !== "COLD")).toBe(true);
  });

  it("applies changed rules to the past and cools scores down with time", async () => {
    await saveScoringConfig({ actor: w.admin, input: { rules: RULES, thresholds: { warm: 10, hot: 40 } }, now: at(-1) });
    await ingestEvents({ key, body: { events: [{ id: "o1", type: "order", occurredAt: at(-1).toISOString(), identities: { email: "buyer@x.ru" } }] }, now: at(-1) });
    const buyer = () => db.person.findFirstOrThrow({ where: { identities: { some: { value: "buyer@x.ru" } } } });
    expect(await buyer()).toMatchObject({ score: 30, temperature: "WARM" });

    const orderRule = (await getScoringConfig({ actor: w.admin })).rules.find((r) => r.eventType === "order")!;
    await saveScoringConfig({ actor: w.admin, input: { rules: RULES.map((r) => (r.eventType === "order" ? { ...r, points: 50 } : r)), thresholds: { warm: 10, hot: 40 } }, now: at(-1) });
    expect(await buyer()).toMatchObject({ score: 50, temperature: "HOT" });
    expect((await getScoringConfig({ actor: w.admin })).rules.find((r) => r.eventType === "order")!.id).toBe(orderRule.id);

    expect(await refreshScores({ now: at(59) })).toEqual({ changed: 1 });
    expect(await buyer()).toMatchObject({ score: 12.5, temperature: "WARM" });
    expect(await refreshScores({ now: at(59) })).toEqual({ changed: 0 });

    await saveScoringConfig({ actor: w.admin, input: { rules: RULES.filter((r) => r.eventType !== "order"), thresholds: { warm: 10, hot: 40 } }, now: at(59) });
    expect(await buyer()).toMatchObject({ score: 0, temperature: "COLD" });
    expect(await db.scoringRule.count()).toBe(3);
    expect(await db.auditLog.count({ where: { action: "scoring.update" } })).toBe(3);
  });

  it("is for admins only and refuses contradictory settings", async () => {
    for (const actor of [w.head, w.rep]) {
      await expectAppError(saveScoringConfig({ actor, input: { rules: RULES, thresholds: { warm: 10, hot: 40 } } }), "FORBIDDEN");
      await expectAppError(getScoringConfig({ actor }), "FORBIDDEN");
    }
    const hotBelowWarm = await expectAppError(saveScoringConfig({ actor: w.admin, input: { rules: RULES, thresholds: { warm: 50, hot: 40 } } }), "VALIDATION");
    expect(hotBelowWarm.message).toContain("hot threshold");
    await expectAppError(saveScoringConfig({ actor: w.admin, input: { rules: [RULES[0], { ...RULES[0], points: 3 }], thresholds: { warm: 1, hot: 2 } } }), "VALIDATION");
    await expectAppError(saveScoringConfig({ actor: w.admin, input: { rules: [{ ...RULES[0], halfLifeDays: 0 }], thresholds: { warm: 1, hot: 2 } } }), "VALIDATION");
    expect(await db.scoringRule.count()).toBe(0);
  });
});
