import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MODELS, TOUCH_BANDS, attribute, touchBand, touchBandRange, weight } from "./attribution";

describe("attribution models", () => {
  it("share each deal's value completely, whatever the number of touches", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        for (const model of MODELS) {
          const total = Array.from({ length: n }, (_, i) => weight(model, i + 1, n)).reduce((a, b) => a + b, 0);
          expect(total).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it("gives U-shaped 40/20/40, 50/50 for two touches, all for one", () => {
    expect([1, 2, 3, 4].map((k) => weight("ushaped", k, 4))).toEqual([0.4, 0.1, 0.1, 0.4]);
    expect([1, 2].map((k) => weight("ushaped", k, 2))).toEqual([0.5, 0.5]);
    expect(weight("ushaped", 1, 1)).toBe(1);
    expect(weight("linear", 2, 4)).toBe(0.25);
    expect(weight("first", 2, 3)).toBe(0);
    expect(weight("last", 3, 3)).toBe(1);
  });

  it("credits channels per model", () => {
    const deals = [
      { value: 1000, touches: ["ads", "email", "email", "call"] },
      { value: 500, touches: ["organic"] },
    ];
    expect(Object.fromEntries(attribute("first", deals))).toEqual({ ads: 1000, email: 0, call: 0, organic: 500 });
    expect(Object.fromEntries(attribute("last", deals))).toEqual({ ads: 0, email: 0, call: 1000, organic: 500 });
    expect(Object.fromEntries(attribute("linear", deals))).toEqual({ ads: 250, email: 500, call: 250, organic: 500 });
    expect(Object.fromEntries(attribute("ushaped", deals))).toEqual({ ads: 400, email: 200, call: 400, organic: 500 });
  });

  it("bands touch counts", () => {
    for (const band of TOUCH_BANDS) {
      const { min, max } = touchBandRange(band);
      expect([min, max ?? 1000].map(touchBand), band).toEqual([band, band]);
      expect(min === 1 || touchBand(min - 1) !== band, band).toBe(true);
    }
    expect([1, 3, 5, 6, 10, 11, 20, 21, 50, 51, 300].map(touchBand)).toEqual(["1", "3", "5", "6–10", "6–10", "11–20", "11–20", "21–50", "21–50", "51+", "51+"]);
  });
});
