import { describe, expect, it } from "vitest";
import { triggerSchema } from "@/lib/validation/automations";
import { dedupeKeys, meetsConditions, transitionFires, type TransitionFact } from "./match-trigger";

const entered = triggerSchema.parse({ kind: "stage_entered", stageId: "s2" });
const lostAny = triggerSchema.parse({ kind: "deal_lost" });
const lostPrice = triggerSchema.parse({ kind: "deal_lost", lossReasonId: "price" });
const move = (patch: Partial<TransitionFact>): TransitionFact => ({
  fromStageId: "s1",
  toStageId: "s2",
  fromStatus: "OPEN",
  toStatus: "OPEN",
  lossReasonId: null,
  byUserId: "u1",
  ...patch,
});

describe("transition triggers", () => {
  it("fires 'entered stage' on a move, a creation and a reopen into the stage", () => {
    expect(transitionFires(entered, move({}))).toBe(true);
    expect(transitionFires(entered, move({ fromStageId: null, fromStatus: null }))).toBe(true);
    expect(transitionFires(entered, move({ fromStageId: "s2", fromStatus: "LOST" }))).toBe(true);
  });

  it("does not fire for other stages, closes, in-column changes or automation moves", () => {
    expect(transitionFires(entered, move({ toStageId: "s3" }))).toBe(false);
    expect(transitionFires(entered, move({ fromStageId: "s2", toStatus: "WON" }))).toBe(false);
    expect(transitionFires(entered, move({ fromStageId: "s2" }))).toBe(false);
    expect(transitionFires(entered, move({ byUserId: null }))).toBe(false);
  });

  it("fires 'lost' for any reason or the named one only", () => {
    const lost = move({ fromStageId: "s2", toStatus: "LOST", lossReasonId: "competitor" });
    expect(transitionFires(lostAny, lost)).toBe(true);
    expect(transitionFires(lostPrice, lost)).toBe(false);
    expect(transitionFires(lostPrice, { ...lost, lossReasonId: "price" })).toBe(true);
    expect(transitionFires(lostAny, move({}))).toBe(false);
  });
});

describe("conditions", () => {
  const deal = { pipelineId: "p1", ownerId: "u1", value: BigInt(500_000), source: "Ads" };
  it("holds when every set condition holds", () => {
    expect(meetsConditions({}, { deal: null, person: null })).toBe(true);
    expect(meetsConditions({ pipelineId: "p1", minValue: 500_000, source: "ads", temperature: "HOT" }, { deal, person: { temperature: "HOT" } })).toBe(true);
  });
  it("fails on any unmet condition, and deal conditions fail without a deal", () => {
    expect(meetsConditions({ pipelineId: "p2" }, { deal, person: null })).toBe(false);
    expect(meetsConditions({ minValue: 500_001 }, { deal, person: null })).toBe(false);
    expect(meetsConditions({ ownerId: "u2" }, { deal, person: null })).toBe(false);
    expect(meetsConditions({ minValue: 0 }, { deal: null, person: null })).toBe(false);
    expect(meetsConditions({ temperature: "HOT" }, { deal, person: { temperature: "WARM" } })).toBe(false);
  });
});

describe("dedupe keys", () => {
  it("differ per fact and repeat for the same fact", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    expect(dedupeKeys.idle("a", "d", at)).toBe(dedupeKeys.idle("a", "d", new Date(at)));
    expect(dedupeKeys.idle("a", "d", at)).not.toBe(dedupeKeys.idle("a", "d", new Date(at.getTime() + 1)));
    expect(new Set([dedupeKeys.transition("a", "x"), dedupeKeys.event("a", "x"), dedupeKeys.hot("a", "x")]).size).toBe(3);
  });
});
