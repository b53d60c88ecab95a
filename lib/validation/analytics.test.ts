import { describe, expect, it } from "vitest";
import { drillDownRequestSchema, parseAnalyticsSearchParams } from "./analytics";

describe("parseAnalyticsSearchParams", () => {
  it("reads pipeline, period, owner and source from the URL", () => {
    expect(parseAnalyticsSearchParams({ pipeline: "p1", from: "2026-01-01", to: "2026-03-31", owner: "u1", source: "ads" })).toEqual({
      pipeline: "p1",
      from: "2026-01-01",
      to: "2026-03-31",
      owner: "u1",
      source: "ads",
    });
    expect(parseAnalyticsSearchParams({ pipeline: ["p1", "p2"], owner: "" })).toEqual({ pipeline: "p1" });
  });

  it("drops only the bad value, and a period that ends before it starts", () => {
    expect(parseAnalyticsSearchParams({ pipeline: "p1", from: "2026-02-30", to: "yesterday" })).toEqual({ pipeline: "p1" });
    expect(parseAnalyticsSearchParams({ from: "2026-05-01", to: "2026-04-01", owner: "u1" })).toEqual({ owner: "u1" });
    expect(parseAnalyticsSearchParams({ owner: "x".repeat(65) })).toEqual({});
  });
});

describe("drillDownRequestSchema", () => {
  it("accepts the cells the charts send and rejects the rest", () => {
    const ok = (cell: unknown) => drillDownRequestSchema.safeParse({ filters: {}, cell }).success;
    expect(ok({ kind: "lost", stageId: "s1", reasonId: null, source: null })).toBe(true);
    expect(ok({ kind: "transition", fromStageId: null, toStageId: "s1", fromStatus: null, toStatus: "OPEN" })).toBe(true);
    expect(ok({ kind: "funnel", stageId: "s1", outcome: "advanced" })).toBe(true);
    expect(ok({ kind: "expected", month: "2026-05" })).toBe(true);
    expect(ok({ kind: "expected", month: "May" })).toBe(false);
    expect(ok({ kind: "funnel", stageId: "s1", outcome: "everything" })).toBe(false);
    expect(ok({ kind: "transition", fromStageId: null, toStageId: "s1", fromStatus: null, toStatus: "DROP TABLE" })).toBe(false);
    expect(drillDownRequestSchema.safeParse({ filters: { from: "2026-05-01", to: "2026-04-01" }, cell: { kind: "lost" } }).success).toBe(false);
  });
});
