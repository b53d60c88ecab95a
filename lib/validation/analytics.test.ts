import { describe, expect, it } from "vitest";
import { drillDownRequestSchema, parseAnalyticsSearchParams, searchParamsRecord } from "./analytics";
import { MAX_PERIOD_DAYS, dayIssue, monthIssue, periodIssue } from "./analytics-period";

const today = "2026-06-15";
const parse = (params: Record<string, string | string[] | undefined>) => parseAnalyticsSearchParams(params, { today });

describe("parseAnalyticsSearchParams", () => {
  it("reads pipeline, period, owner and source from the URL", () => {
    expect(parse({ pipeline: "p1", from: "2026-01-01", to: "2026-03-31", owner: "u1", source: "ads" })).toEqual({
      filters: { pipeline: "p1", from: "2026-01-01", to: "2026-03-31", owner: "u1", source: "ads" },
      issues: [],
    });
    expect(parse({ pipeline: ["p1", "p2"], owner: "" })).toEqual({ filters: { pipeline: "p1" }, issues: [] });
    expect(searchParamsRecord(new URLSearchParams("pipeline=p1&pipeline=p2&to=2026-01-01"))).toEqual({ pipeline: "p1", to: "2026-01-01" });
  });

  it("drops a bad pipeline, owner or source alone, and says so", () => {
    expect(parse({ owner: "x".repeat(65), source: "ads" })).toEqual({ filters: { source: "ads" }, issues: [{ field: "owner", code: "text" }] });
    // NUL reaches PostgreSQL as an error: refused here.
    expect(parse({ pipeline: "p\u0000", source: "a\nb" })).toEqual({ filters: {}, issues: [{ field: "pipeline", code: "text" }, { field: "source", code: "text" }] });
  });

  it("drops the whole period for any problem with it, and names the problem", () => {
    expect(parse({ pipeline: "p1", from: "2026-02-30", to: "yesterday" })).toEqual({
      filters: { pipeline: "p1" },
      issues: [{ field: "from", code: "day" }, { field: "to", code: "day" }],
    });
    expect(parse({ from: "2026-05-01", to: "2026-04-01", owner: "u1" })).toEqual({ filters: { owner: "u1" }, issues: [{ field: "period", code: "order" }] });
    // The URL that took the server down: years past 9999 are never reached, nor any past 2100.
    expect(parse({ from: "9999-12-20", to: "9999-12-31" })).toEqual({ filters: {}, issues: [{ field: "from", code: "year" }, { field: "to", code: "year" }] });
    expect(parse({ from: "1999-12-31", to: "2026-01-01" })).toEqual({ filters: {}, issues: [{ field: "from", code: "year" }] });
    expect(parse({ from: "2020-01-01", to: "2026-01-01" })).toEqual({ filters: {}, issues: [{ field: "period", code: "span" }] });
    // A lone start runs to today: after it, or too far before it.
    expect(parse({ from: "2026-06-16" })).toEqual({ filters: {}, issues: [{ field: "period", code: "order" }] });
    expect(parse({ from: "2020-01-01" })).toEqual({ filters: {}, issues: [{ field: "period", code: "span" }] });
    expect(parse({ from: "2021-06-15" }).filters).toEqual({ from: "2021-06-15" });
    // A lone end always means the 90 days before it.
    expect(parse({ to: "2000-01-05" })).toEqual({ filters: { to: "2000-01-05" }, issues: [] });
  });
});

describe("period bounds", () => {
  it("knows calendar days and months within the years, and how long a period may be", () => {
    expect(["2026-02-28", "2024-02-29", "2000-01-01", "2100-12-31"].map(dayIssue)).toEqual([null, null, null, null]);
    expect(["2026-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-1", " 2026-01-01"].map(dayIssue)).toEqual(Array(6).fill("day"));
    expect(["1999-12-31", "2101-01-01", "9999-12-31", "0001-01-01"].map(dayIssue)).toEqual(Array(4).fill("year"));
    expect(["2026-01", "2026-12"].map(monthIssue)).toEqual([null, null]);
    expect(["2026-13", "2026-00", "2026-1", "May"].map(monthIssue)).toEqual(Array(4).fill("month"));
    expect(monthIssue("9999-12")).toBe("year");
    expect(periodIssue("2026-01-01", "2026-01-01")).toBeNull();
    expect(periodIssue("2026-01-02", "2026-01-01")).toBe("order");
    expect(periodIssue("2021-01-01", "2025-12-31")).toBeNull();
    expect(MAX_PERIOD_DAYS).toBeGreaterThanOrEqual(1827);
    expect(periodIssue("2020-01-01", "2025-01-05")).toBe("span");
  });
});

describe("drillDownRequestSchema", () => {
  it("accepts the cells the charts send and rejects the rest", () => {
    const ok = (cell: unknown) => drillDownRequestSchema.safeParse({ filters: {}, cell }).success;
    expect(ok({ kind: "lost", stageId: "s1", reasonId: null, source: null })).toBe(true);
    expect(ok({ kind: "transition", fromStageId: null, toStageId: "s1", fromStatus: null, toStatus: "OPEN" })).toBe(true);
    expect(ok({ kind: "funnel", stageId: "s1", outcome: "advanced" })).toBe(true);
    expect(ok({ kind: "expected", month: "2026-05" })).toBe(true);
    expect(ok({ kind: "expected", month: "overdue" })).toBe(true);
    expect(ok({ kind: "cohort", month: "2026-05" })).toBe(true);
    expect(ok({ kind: "expected", month: "May" })).toBe(false);
    expect(ok({ kind: "funnel", stageId: "s1", outcome: "everything" })).toBe(false);
    expect(ok({ kind: "transition", fromStageId: null, toStageId: "s1", fromStatus: null, toStatus: "DROP TABLE" })).toBe(false);
    expect(drillDownRequestSchema.safeParse({ filters: { from: "2026-05-01", to: "2026-04-01" }, cell: { kind: "lost" } }).success).toBe(false);
  });

  it("refuses months, weeks and periods no calendar has, and control characters in ids", () => {
    const ok = (cell: unknown, filters: object = {}) => drillDownRequestSchema.safeParse({ filters, cell }).success;
    expect(ok({ kind: "cohort", month: "2026-13" })).toBe(false);
    expect(ok({ kind: "expected", month: "2026-00" })).toBe(false);
    expect(ok({ kind: "cohort", month: "9999-12" })).toBe(false);
    expect(ok({ kind: "lost", week: "9999-12-27" })).toBe(false);
    expect(ok({ kind: "lost", stageId: "s\u0000" })).toBe(false);
    expect(ok({ kind: "attribution", channel: "a\u0000" })).toBe(false);
    expect(ok({ kind: "lost" }, { from: "2000-01-01", to: "2026-01-01" })).toBe(false);
    expect(ok({ kind: "lost" }, { source: "x\u0000" })).toBe(false);
  });
});
