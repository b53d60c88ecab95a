import { describe, expect, it } from "vitest";
import { buildStageTimes, findBottleneck } from "./stage-times";

const stats = (p50: number | null, p90: number | null = p50) => ({ n: p50 === null ? 0 : 5, p50, p90, mean: p50 });

describe("stage times", () => {
  it("names the stage with the highest median the bottleneck (p90 breaks ties)", () => {
    expect(findBottleneck([{ stageId: "a", latest: stats(2) }, { stageId: "b", latest: stats(5) }, { stageId: "c", latest: stats(null) }])).toBe("b");
    expect(findBottleneck([{ stageId: "a", latest: stats(5, 6) }, { stageId: "b", latest: stats(5, 9) }])).toBe("b");
    expect(findBottleneck([{ stageId: "a", latest: stats(null) }])).toBeNull();
  });

  it("fills stages without visits with empty stats and marks one bottleneck", () => {
    const rows = buildStageTimes(
      [
        { id: "a", name: "A", rottingDays: 3 },
        { id: "b", name: "B", rottingDays: null },
      ],
      new Map([["a", { latest: stats(4), cumulative: stats(6) }]]),
      new Map([["b", { openNow: 2, overNorm: 0 }]]),
    );
    expect(rows).toEqual([
      { stageId: "a", name: "A", rottingDays: 3, latest: stats(4), cumulative: stats(6), openNow: 0, overNorm: 0, bottleneck: true },
      { stageId: "b", name: "B", rottingDays: null, latest: stats(null), cumulative: stats(null), openNow: 2, overNorm: 0, bottleneck: false },
    ]);
  });
});
