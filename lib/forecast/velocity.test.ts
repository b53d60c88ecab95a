import { describe, expect, it } from "vitest";
import { salesVelocity } from "./velocity";

describe("sales velocity", () => {
  it("is open deals × win rate × average won ÷ cycle days", () => {
    const v = salesVelocity({ openDeals: 50, won: 10, lost: 30, wonInCurrency: 10, wonValue: 1_000_000, wonCycleDays: 200 });
    expect(v).toEqual({ openDeals: 50, winRate: 0.25, averageWon: 100_000, cycleDays: 20, perDay: (50 * 0.25 * 100_000) / 20 });
  });

  it("is unknown without wins or closes, and averages only deals in the pipeline's currency", () => {
    expect(salesVelocity({ openDeals: 5, won: 0, lost: 0, wonInCurrency: 0, wonValue: 0, wonCycleDays: 0 }).perDay).toBeNull();
    expect(salesVelocity({ openDeals: 5, won: 0, lost: 4, wonInCurrency: 0, wonValue: 0, wonCycleDays: 0 })).toMatchObject({ winRate: 0, perDay: null });
    expect(salesVelocity({ openDeals: 5, won: 2, lost: 0, wonInCurrency: 1, wonValue: 300, wonCycleDays: 4 }).averageWon).toBe(300);
    // A cycle of minutes is counted as an hour, so the pace stays finite.
    expect(salesVelocity({ openDeals: 1, won: 1, lost: 0, wonInCurrency: 1, wonValue: 24, wonCycleDays: 0 }).perDay).toBeCloseTo(24 * 24, 9);
  });
});
