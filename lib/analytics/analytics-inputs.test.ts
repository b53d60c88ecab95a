// Filters and drill-down cells from URLs and server actions: every one that is not a real,
// bounded period or a plain id is a validation error — never an endless loop, never a 500.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import type { AnalyticsFilters, DrillDown } from "@/lib/validation/analytics";
import { getBacktest } from "@/lib/forecast/get-backtest";
import { getForecast } from "@/lib/forecast/get-forecast";
import { getVelocity } from "@/lib/forecast/get-velocity";
import { getChannels } from "./get-channels";
import { getCohorts } from "./get-cohorts";
import { getFunnel } from "./get-funnel";
import { getLeaks } from "./get-leaks";
import { getTimeInStage } from "./get-time-in-stage";
import { listDealsBehind } from "./list-deals-behind";
import { day, dealWithHistory } from "./testing/histories";

let w: World;
const now = day(60);
const REPORTS = { getLeaks, getFunnel, getTimeInStage, getChannels, getCohorts, getVelocity, getForecast, getBacktest };

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  await dealWithHistory({ pipeline: w.pipeline, ownerId: w.rep.id, createdAt: 1, steps: [{ at: 3, move: 1 }, { at: 8, lost: w.reasons.price }] });
});

const everyReport = (filters: AnalyticsFilters) =>
  Object.entries(REPORTS).map(async ([name, report]) => ({ name, error: await expectAppError(report({ actor: w.head, filters, now }), "VALIDATION") }));

describe("analytics inputs", () => {
  it("refuses the period that once looped forever (years past 9999), on every report", async () => {
    for (const { error } of await Promise.all(everyReport({ from: "9999-12-20", to: "9999-12-31" }))) expect(error.message).toContain("2100");
  });

  it("refuses periods out of the years, longer than the limit, reversed, or running from far back to today", async () => {
    const bad: AnalyticsFilters[] = [
      { from: "1999-12-31", to: "2000-01-31" },
      { from: "2020-01-01", to: "2026-01-01" },
      { from: "2026-04-01", to: "2026-03-01" },
      { from: "2020-01-01" },
      { from: "2026-12-01" },
      { from: "2026-02-30" },
      { to: "2026-13-01" },
    ];
    for (const filters of bad) await expectAppError(getLeaks({ actor: w.head, filters, now }), "VALIDATION");
    // The longest period is fine.
    const cohorts = await getCohorts({ actor: w.head, filters: { from: "2021-05-01", to: "2026-04-30" }, now });
    expect(cohorts.cohorts).toHaveLength(60);
  });

  it("refuses control characters in pipeline, owner and source (PostgreSQL refuses NUL later with a 500)", async () => {
    for (const filters of [{ pipeline: "p\u0000" }, { owner: "\u0000" }, { source: "ads\u0000" }, { source: "a\nb" }]) {
      await Promise.all(everyReport(filters));
    }
  });

  it("refuses drill-down months and weeks no calendar has, instead of an internal error", async () => {
    const cells = [
      { kind: "cohort", month: "2026-13" },
      { kind: "cohort", month: "2026-00" },
      { kind: "expected", month: "2026-13" },
      { kind: "expected", month: "9999-12" },
      { kind: "lost", week: "9999-12-27" },
      { kind: "lost", week: "2026-02-30" },
      { kind: "lost", stageId: "s\u0000" },
      { kind: "channel", source: "\u0000" },
      { kind: "attribution", channel: "a\u0000" },
    ] as unknown as DrillDown[];
    for (const cell of cells) await expectAppError(listDealsBehind({ actor: w.head, filters: {}, cell, now }), "VALIDATION");
    await expectAppError(listDealsBehind({ actor: w.head, filters: { from: "9999-12-20", to: "9999-12-31" }, cell: { kind: "lost" }, now }), "VALIDATION");
    // The same cells with real months still list their deals.
    expect((await listDealsBehind({ actor: w.head, filters: {}, cell: { kind: "cohort", month: "2026-03" }, now })).total).toBe(1);
    expect((await listDealsBehind({ actor: w.head, filters: {}, cell: { kind: "expected", month: "2026-12" }, now })).total).toBe(0);
  });
});
