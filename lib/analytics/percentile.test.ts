import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { percentileOf } from "./percentile";

describe("percentileOf (nearest rank)", () => {
  it("picks the value at rank ceil(p/100 × n)", () => {
    expect(percentileOf([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentileOf([1, 2, 3, 4], 50)).toBe(2); // the lower middle, not 2.5
    expect(percentileOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentileOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentileOf([7], 90)).toBe(7);
    expect(percentileOf([], 50)).toBeNull();
  });

  it("is a value of the list, between min and max, and grows with p", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const p50 = percentileOf(xs, 50)!;
        const p90 = percentileOf(xs, 90)!;
        expect(xs).toContain(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        expect(p90).toBeLessThanOrEqual(Math.max(...xs));
        // The SQL twin's integer ranks: (n+1)/2 and (9n+9)/10.
        const sorted = [...xs].sort((a, b) => a - b);
        expect(p50).toBe(sorted[Math.floor((xs.length + 1) / 2) - 1]);
        expect(p90).toBe(sorted[Math.floor((9 * xs.length + 9) / 10) - 1]);
      }),
    );
  });
});
