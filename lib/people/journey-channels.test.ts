import { describe, expect, it } from "vitest";
import { journeyChannels } from "./journey-channels";

const d = (day: number) => new Date(Date.UTC(2026, 0, day));

describe("journeyChannels", () => {
  const groups = [
    { channel: "ads", count: 2, first: d(1), last: d(5) },
    { channel: "email", count: 3, first: d(3), last: d(9) },
    { channel: "direct", count: 1, first: d(4), last: d(4) },
    { channel: null, count: 7, first: d(2), last: d(10) },
  ];

  it("takes the earliest channel as the first touch when none was recorded; the rest are returns, latest first", () => {
    expect(journeyChannels(null, groups)).toEqual({
      firstTouch: "ads",
      returns: [
        { channel: "email", count: 3, last: d(9) },
        { channel: "ads", count: 1, last: d(5) },
        { channel: "direct", count: 1, last: d(4) },
      ],
    });
  });

  it("prefers the recorded first touch and drops a channel used only for it", () => {
    expect(journeyChannels("direct", groups).firstTouch).toBe("direct");
    expect(journeyChannels("direct", groups).returns.map((r) => r.channel)).toEqual(["email", "ads"]);
    expect(journeyChannels("referral", [])).toEqual({ firstTouch: "referral", returns: [] });
    expect(journeyChannels(null, [])).toEqual({ firstTouch: null, returns: [] });
  });
});
