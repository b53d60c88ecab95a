import { describe, expect, it } from "vitest";
import { scoreNow, topSignals, type SignalRow } from "./top-signals";

const now = new Date("2026-03-01T00:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const row = (eventType: string, value: number, days: number, halfLifeDays = 14, events = 1): SignalRow => ({
  value,
  at: daysAgo(days),
  events,
  rule: { id: `rule-${eventType}`, eventType, channel: null, halfLifeDays },
});

describe("topSignals", () => {
  it("ranks rules by their points now (value · 2^(−age/half-life)), not by their stored values", () => {
    const rows = [row("order", 30, 28), row("cart_add", 16, 0, 14, 2), row("page_view", 9, 1, 14, 9), row("call", 10, 400)];
    const top = topSignals(rows, now, 3);
    expect(top.map(({ eventType, events, points }) => ({ eventType, events, points }))).toEqual([
      { eventType: "cart_add", events: 2, points: 16 },
      { eventType: "page_view", events: 9, points: 8.6 },
      { eventType: "order", events: 1, points: 7.5 },
    ]);
    expect(top[0].share).toBeCloseTo(16 / (16 + 8.565 + 7.5), 2);
    // A signal decayed to nothing is no reason.
    expect(topSignals([row("call", 10, 400)], now)).toEqual([]);
  });

  it("sums the decayed signals into the score now", () => {
    expect(scoreNow([row("cart_add", 16, 14), row("call", 10, 7, 7)], now)).toBe(13);
    expect(scoreNow([], now)).toBeNull();
  });
});
