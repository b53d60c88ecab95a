import { describe, expect, it } from "vitest";
import { loadMoreSchema, parseBoardSearchParams } from "./board";

describe("parseBoardSearchParams", () => {
  it("reads the URL's filters", () => {
    expect(parseBoardSearchParams({ owner: "me", temp: "HOT", q: "  Acme ", rotting: "1" })).toEqual({
      owner: "me",
      temperature: "HOT",
      q: "Acme",
      rotting: true,
    });
    expect(parseBoardSearchParams({ owner: ["all", "me"], rotting: "0" })).toEqual({ owner: "all" });
    expect(parseBoardSearchParams({})).toEqual({});
  });

  it("ignores the filters altogether when one is invalid", () => {
    // Current behaviour: one bad value drops every filter (documented here so a change is deliberate).
    expect(parseBoardSearchParams({ owner: "me", temp: "LUKEWARM" })).toEqual({});
    expect(parseBoardSearchParams({ q: "x".repeat(101) })).toEqual({});
  });
});

describe("loadMoreSchema", () => {
  it("requires the cursor", () => {
    const ok = { pipelineId: "p", stageId: "s", after: { rank: "a0", id: "d" }, filters: {} };
    expect(loadMoreSchema.safeParse(ok).success).toBe(true);
    expect(loadMoreSchema.safeParse({ ...ok, after: { rank: "", id: "d" } }).success).toBe(false);
    expect(loadMoreSchema.safeParse({ ...ok, after: undefined }).success).toBe(false);
  });
});
