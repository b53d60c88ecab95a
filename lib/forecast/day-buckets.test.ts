import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_BUCKET, bucketMiddle, bucketWidth, dayBucket } from "./day-buckets";

describe("day buckets", () => {
  it("uses days, then weeks, then four weeks, then half years", () => {
    expect([-2, 0, 0.9, 1, 13.99, 14, 20.9, 21, 55.9, 56, 83, 84, 363, 364, 545, 546, 5000].map(dayBucket)).toEqual([
      0, 0, 0, 1, 13, 14, 14, 21, 49, 56, 56, 84, 336, 364, 364, 546, MAX_BUCKET,
    ]);
    expect(bucketMiddle(3)).toBe(3.5);
    expect(bucketMiddle(14)).toBe(17.5);
  });

  it("puts every duration inside its bucket", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: MAX_BUCKET - 1, noNaN: true }), (d) => {
        const b = dayBucket(d);
        expect(b).toBeLessThanOrEqual(d);
        expect(d).toBeLessThan(b + bucketWidth(b));
      }),
    );
  });
});
