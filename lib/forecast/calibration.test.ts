import { describe, expect, it } from "vitest";
import { FALLBACK_REMAINING, PRIOR_WEIGHT, closeOutlook, remainingDays, stageCalibration, trainModel, winChance, type CloseSample } from "./calibration";
import { bucketMiddle } from "./day-buckets";

const DAY = 86_400_000;
const sample = (over: Partial<CloseSample>): CloseSample => ({ stageId: "s", outcome: "WON", bucket: 3, month: "2026-05", count: 1, ...over });

describe("calibration model", () => {
  const stages = [{ id: "s", probability: 50 }];

  it("learns only from closes inside the window", () => {
    const model = trainModel(
      [sample({ month: "2026-04" }), sample({ month: "2026-05", outcome: "LOST", count: 3 }), sample({ month: "2026-06", count: 9 })],
      stages,
      { fromMonth: "2026-05", toMonth: "2026-06" },
    );
    expect(model.get("s")).toEqual({ prior: 0.5, won: [], lost: [{ days: bucketMiddle(3), n: 3 }] });
  });

  it("smooths the empirical rate with the stage probability as a prior worth five deals", () => {
    const model = trainModel([sample({ count: 8 }), sample({ outcome: "LOST", count: 2 })], stages, { fromMonth: "2026-01", toMonth: "2027-01" });
    const h = model.get("s")!;
    expect(winChance(h, 0)).toEqual({ p: (8 + PRIOR_WEIGHT * 0.5) / (10 + PRIOR_WEIGHT), won: 8, lost: 2 });
    // No history at all: the configured probability.
    expect(winChance({ prior: 0.3, won: [], lost: [] }, 0).p).toBeCloseTo(0.3, 12);
  });

  it("compares a deal only with past visits that lasted longer than its age", () => {
    const h = { prior: 0.5, won: [{ days: 2.5, n: 10 }, { days: 30, n: 1 }], lost: [{ days: 40, n: 3 }] };
    // A fresh deal: 11 wins, 3 losses. A deal 10 days in: the quick wins no longer compare.
    expect(winChance(h, 0)).toMatchObject({ won: 11, lost: 3 });
    expect(winChance(h, 10)).toMatchObject({ won: 1, lost: 3 });
    expect(winChance(h, 10).p).toBeLessThan(winChance(h, 0).p);
    expect(remainingDays(h, 10)).toEqual([{ days: 20, weight: 1 }]);
    expect(remainingDays(h, 31)).toEqual(FALLBACK_REMAINING);
  });

  it("spreads the win chance over the periods the remaining time lands in", () => {
    const h = { prior: 1, won: [{ days: 5, n: 1 }, { days: 40, n: 1 }], lost: [] };
    const start = Date.UTC(2026, 0, 1);
    const out = closeOutlook(h, 0, start, [start + 31 * DAY, start + 59 * DAY]);
    expect(out[0]).toBeCloseTo(0.5, 12);
    expect(out[1]).toBeCloseTo(0.5, 12);
    // Landing after the last period: left out.
    expect(closeOutlook({ prior: 1, won: [{ days: 100, n: 1 }], lost: [] }, 0, start, [start + 31 * DAY])).toEqual([0]);
  });

  it("summarises a stage for the calibration table", () => {
    const model = trainModel(
      [sample({ bucket: 1, count: 1 }), sample({ bucket: 5, count: 1 }), sample({ bucket: 9, count: 2 }), sample({ outcome: "LOST", count: 4 })],
      stages,
      { fromMonth: "2026-01", toMonth: "2027-01" },
    );
    expect(stageCalibration(model, "s")).toEqual({
      won: 4,
      lost: 4,
      empirical: 0.5,
      calibrated: (4 + 2.5) / 13,
      configured: 0.5,
      medianDaysToWin: bucketMiddle(5),
    });
    expect(stageCalibration(model, "nope")).toBeNull();
  });
});
