import { describe, expect, it } from "vitest";
import { binomial, expectedRevenue, runsFor, simulate } from "./monte-carlo";
import { createPrng } from "./prng";

describe("Monte Carlo forecast", () => {
  it("is reproducible: the same seed gives the same quantiles", () => {
    const groups = [
      { count: 20, value: 1000, outlook: [0.2, 0.1] },
      { count: 3, value: 50_000, outlook: [0.05, 0.3] },
    ];
    const a = simulate(groups, { periods: 2, runs: 500, seed: 42 });
    expect(simulate(groups, { periods: 2, runs: 500, seed: 42 })).toEqual(a);
    expect(simulate(groups, { periods: 2, runs: 500, seed: 43 })).not.toEqual(a);
  });

  it("is exact for certain outcomes", () => {
    const result = simulate([{ count: 3, value: 100, outlook: [0, 1] }], { periods: 2, runs: 50 });
    expect(result.periods[0]).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0 });
    expect(result.periods[1]).toEqual({ p10: 300, p50: 300, p90: 300, mean: 300 });
    expect(result.total.p50).toBe(300);
    expect(simulate([{ count: 5, value: 100, outlook: [0] }], { periods: 1, runs: 10 }).total.p90).toBe(0);
  });

  it("converges on the exact expectation, with P10 ≤ P50 ≤ P90", () => {
    const groups = [
      { count: 400, value: 1000, outlook: [0.1, 0.05, 0.05] },
      { count: 50, value: 20_000, outlook: [0.3, 0.2, 0.1] },
    ];
    const exact = expectedRevenue(groups, 3);
    expect(exact[0]).toBeCloseTo(400 * 1000 * 0.1 + 50 * 20_000 * 0.3, 6);
    const result = simulate(groups, { periods: 3, runs: 2000 });
    result.periods.forEach((p, i) => {
      expect(Math.abs(p.mean - exact[i]) / exact[i]).toBeLessThan(0.03);
      expect(p.p10).toBeLessThanOrEqual(p.p50);
      expect(p.p50).toBeLessThanOrEqual(p.p90);
    });
    // A single Bernoulli deal: the quantiles are 0 or its value, never in between.
    const lumpy = simulate([{ count: 1, value: 10_000, outlook: [0.5] }], { periods: 1, runs: 1000 });
    expect([0, 10_000]).toContain(lumpy.periods[0].p50);
    expect(lumpy.periods[0].p10).toBe(0);
    expect(lumpy.periods[0].p90).toBe(10_000);
  });

  it("keeps the mean and widens the band for a merged group with a value spread", () => {
    const equal = simulate([{ count: 400, value: 1000, outlook: [0.5] }], { periods: 1, runs: 2000 });
    const spread = simulate([{ count: 400, value: 1000, spread: 800, outlook: [0.5] }], { periods: 1, runs: 2000 });
    expect(Math.abs(spread.periods[0].mean - 200_000) / 200_000).toBeLessThan(0.01);
    expect(spread.periods[0].p90 - spread.periods[0].p10).toBeGreaterThan(1.3 * (equal.periods[0].p90 - equal.periods[0].p10));
  });

  it("uses fewer runs for huge pipelines (many groups), never fewer than 100", () => {
    expect(runsFor([{ count: 10, value: 1, outlook: [0.5] }])).toBe(2000);
    expect(runsFor(Array.from({ length: 50_000 }, () => ({ count: 30, value: 1, outlook: [0.5] })))).toBe(100);
    expect(runsFor(Array.from({ length: 1000 }, () => ({ count: 1, value: 1, outlook: [0.2, 0.1] })))).toBe(Math.round(1_500_000 / (1000 * 2 * 1.2)));
  });

  it("draws binomials with the right mean and spread, exactly or from the normal approximation", () => {
    const random = createPrng(7);
    for (const [n, p] of [
      [10, 0.3],
      [5000, 0.02],
      [5000, 0.4],
      [300, 0.97],
    ] as const) {
      const draws = Array.from({ length: 4000 }, () => binomial(n, p, random));
      const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
      const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
      expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt((n * p * (1 - p)) / draws.length) + 0.05);
      expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.85);
      expect(variance / (n * p * (1 - p))).toBeLessThan(1.15);
      expect(draws.every((d) => Number.isInteger(d) && d >= 0 && d <= n)).toBe(true);
    }
    expect(binomial(0, 0.5, random)).toBe(0);
    expect(binomial(7, 1, random)).toBe(7);
    expect(binomial(7, 0, random)).toBe(0);
  });
});
