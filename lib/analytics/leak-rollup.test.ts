import { describe, expect, it } from "vitest";
import { NONE, rollUpLeaks, type LossGroup } from "./leak-rollup";

const labels = {
  stages: [
    { id: "s1", label: "Lead" },
    { id: "s2", label: "Demo" },
  ],
  reasons: [
    { id: "r1", label: "Price" },
    { id: "r2", label: "Competitor" },
    { id: "r3", label: "Unused" },
  ],
  owners: [
    { id: "u1", label: "Rita" },
    { id: "u2", label: "Roman" },
  ],
  weeks: ["2026-03-02", "2026-03-09"],
  noReason: "No reason",
  noSource: "No source",
};
const g = (over: Partial<LossGroup>): LossGroup => ({ stageId: "s1", reasonId: "r1", source: "ads", ownerId: "u1", week: "2026-03-02", deals: 1, value: 100, ...over });

describe("rollUpLeaks", () => {
  it("splits every view by reason and keeps the totals consistent", () => {
    const v = rollUpLeaks(
      [g({}), g({ stageId: "s2", reasonId: "r2", deals: 2, value: 500, source: null, ownerId: "u2", week: "2026-03-09" }), g({ reasonId: null, deals: 1, value: 50 })],
      labels,
    );
    expect(v.reasons.map((r) => r.id)).toEqual(["r1", "r2", NONE]); // unused reasons get no column
    expect(v.total).toEqual({ deals: 4, value: 650 });
    expect(v.byStage.map((r) => [r.key, r.deals, r.value])).toEqual([
      ["s1", 2, 150],
      ["s2", 2, 500],
    ]);
    expect(v.byStage[0].cells).toEqual({ r1: { deals: 1, value: 100 }, [NONE]: { deals: 1, value: 50 } });
    expect(v.bySource.map((r) => [r.key, r.label, r.deals])).toEqual([
      ["ads", "ads", 2],
      [NONE, "No source", 2],
    ]);
    expect(v.byOwner.map((r) => [r.label, r.deals])).toEqual([
      ["Rita", 2],
      ["Roman", 2],
    ]);
    expect(v.byWeek.map((r) => [r.key, r.deals])).toEqual([
      ["2026-03-02", 2],
      ["2026-03-09", 2],
    ]);
    for (const view of [v.byStage, v.bySource, v.byOwner, v.byWeek]) {
      expect(view.reduce((s, r) => s + r.deals, 0)).toBe(4);
    }
  });

  it("keeps every stage and week (zeros included) for an empty period, and no reasons", () => {
    const v = rollUpLeaks([], labels);
    expect(v.reasons).toEqual([]);
    expect(v.byStage.map((r) => r.deals)).toEqual([0, 0]);
    expect(v.byWeek.map((r) => r.deals)).toEqual([0, 0]);
    expect(v.bySource).toEqual([]);
    expect(v.byOwner).toEqual([]);
  });
});
