import { describe, expect, it } from "vitest";
import { buildRuleMatcher } from "./rule-index";

const rule = (id: string, eventType: string, channel: string | null, points = 1) => ({ id, eventType, channel, points, halfLifeDays: 14 });

describe("buildRuleMatcher", () => {
  const match = buildRuleMatcher([
    rule("views", "page_view", null, 1),
    rule("views-ads", "page_view", "ads", 3),
    rule("orders", "Order", null, 30),
    rule("dup", "page_view", null, 99),
  ]);

  it("uses the channel's own rule where there is one, the any-channel rule elsewhere", () => {
    expect(match("page_view", "ads")?.id).toBe("views-ads");
    expect(match("page_view", " ADS ")?.id).toBe("views-ads");
    expect(match("page_view", "email")?.id).toBe("views");
    expect(match("page_view", null)?.id).toBe("views");
  });

  it("compares types without case and ignores types no rule names", () => {
    expect(match("order", "ads")?.id).toBe("orders");
    expect(match("cart_add", null)).toBeNull();
  });

  it("keeps the first of two rules for the same type and channel", () => {
    expect(match("page_view", "organic")?.id).toBe("views");
  });

  it("scores nothing on a channel that only has a channel rule for another type", () => {
    const only = buildRuleMatcher([rule("calls-phone", "call", "phone", 10)]);
    expect(only("call", "phone")?.id).toBe("calls-phone");
    expect(only("call", "email")).toBeNull();
  });
});
