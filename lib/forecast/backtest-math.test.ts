import { describe, expect, it } from "vitest";
import { mostAccurate, relativeError, runRate, scoreMethods } from "./backtest-math";

describe("backtest scoring", () => {
  it("scores each method by MAPE, bias and MAE, skipping months without revenue for the percentages", () => {
    const months = [
      { month: "2026-01", actual: 100, forecast: { weighted: 50, calibrated: 110, runRate: 100 } },
      { month: "2026-02", actual: 200, forecast: { weighted: 100, calibrated: 180, runRate: 300 } },
      { month: "2026-03", actual: 0, forecast: { weighted: 10, calibrated: 0, runRate: 40 } },
    ];
    const s = scoreMethods(months);
    expect(s.weighted).toEqual({ mape: 0.5, bias: -0.5, mae: (50 + 100 + 10) / 3, months: 3 });
    expect(s.calibrated.mape).toBeCloseTo(0.1, 12);
    expect(s.calibrated.bias).toBeCloseTo(0, 12);
    expect(s.runRate.mape).toBeCloseTo(0.25, 12);
    expect(mostAccurate(s)).toBe("calibrated");
    expect(relativeError(5, 0)).toBeNull();
  });

  it("has no best method when no month had revenue", () => {
    const s = scoreMethods([{ month: "2026-01", actual: 0, forecast: { weighted: 1, calibrated: 2, runRate: 3 } }]);
    expect(s.weighted.mape).toBeNull();
    expect(mostAccurate(s)).toBeNull();
    expect(scoreMethods([]).weighted).toEqual({ mape: null, bias: null, mae: 0, months: 0 });
  });

  it("averages the previous months for the run rate", () => {
    expect(runRate([10, 20, 30, 40], 3)).toBe(20);
    expect(runRate([10, 20, 30, 40], 1)).toBe(10);
    expect(runRate([10, 20, 30, 40], 0)).toBe(0);
    expect(runRate([10, 20, 30, 40], 4, 2)).toBe(35);
  });
});
