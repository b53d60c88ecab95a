import { describe, expect, it } from "vitest";
import { latestTouch, stageTouchKind, summarizeEventTypes, type TeamTouch } from "./summarize-events";

describe("summarizeEventTypes", () => {
  it("counts types, most frequent first, ties in order of the most recent", () => {
    expect(summarizeEventTypes(["cart_add", "page_view", "email_open", "page_view", "page_view", "email_open"], 500)).toEqual({
      counts: [
        { type: "page_view", count: 3 },
        { type: "email_open", count: 2 },
        { type: "cart_add", count: 1 },
      ],
      total: 6,
      capped: false,
    });
    expect(summarizeEventTypes([], 500)).toEqual({ counts: [], total: 0, capped: false });
  });

  it("reads at most `cap` types and says when there were more", () => {
    expect(summarizeEventTypes(["call", "call", "message", "call"], 3)).toEqual({
      counts: [
        { type: "call", count: 2 },
        { type: "message", count: 1 },
      ],
      total: 3,
      capped: true,
    });
    expect(summarizeEventTypes(["call", "call", "call"], 3).capped).toBe(false);
  });
});

describe("latestTouch and stageTouchKind", () => {
  const touch = (kind: TeamTouch["kind"], ms: number): TeamTouch => ({ kind, at: new Date(ms), by: "Rita", label: null });

  it("picks the latest candidate, ignoring missing ones", () => {
    expect(latestTouch([null, touch("note", 5), touch("task", 9), null, touch("stage", 7)])?.kind).toBe("task");
    expect(latestTouch([touch("call", 5), touch("task", 5)])?.kind).toBe("call");
    expect(latestTouch([null, null])).toBeNull();
  });

  it("tells moves, wins, losses and reopenings apart", () => {
    expect(stageTouchKind("OPEN", "OPEN")).toBe("stage");
    expect(stageTouchKind(null, "OPEN")).toBe("stage");
    expect(stageTouchKind("OPEN", "WON")).toBe("won");
    expect(stageTouchKind("OPEN", "LOST")).toBe("lost");
    expect(stageTouchKind("LOST", "OPEN")).toBe("reopen");
  });
});
