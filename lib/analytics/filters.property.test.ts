// Property test over every analytics and forecast input, against the real test database: any
// string in any filter (read from the URL, or handed straight to the domain functions as a crafted
// server action would) and any drill-down cell gives a result or a clear error (VALIDATION, or
// NOT_FOUND for a pipeline or stage that does not exist) — never another error, never unbounded
// work: each run's week and month lists stay under their caps, and the test timeout bounds the rest.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { AppError } from "@/lib/errors/app-error";
import { type AnalyticsFilters, type DrillDown, drillDownRequestSchema, parseAnalyticsSearchParams } from "@/lib/validation/analytics";
import { MAX_PERIOD_DAYS, MAX_PERIOD_MONTHS, MAX_PERIOD_WEEKS, dayNumber } from "@/lib/validation/analytics-period";
import { getBacktest } from "@/lib/forecast/get-backtest";
import { getForecast } from "@/lib/forecast/get-forecast";
import { getVelocity } from "@/lib/forecast/get-velocity";
import { getChannels } from "./get-channels";
import { getCohorts } from "./get-cohorts";
import { getFunnel } from "./get-funnel";
import { getLeaks } from "./get-leaks";
import { getTimeInStage } from "./get-time-in-stage";
import { listDealsBehind } from "./list-deals-behind";
import { TOUCH_BANDS } from "./attribution";
import { displayToday } from "./resolve-scope";
import { day, dealWithHistory } from "./testing/histories";

let w: World;
const now = day(60);
const today = displayToday(now);
type Report = (options: { actor: World["head"]; filters: AnalyticsFilters; now: Date }) => Promise<{ scope: { fromDay: string; toDay: string } }>;
const REPORTS: Report[] = [getLeaks, getFunnel, getTimeInStage, getChannels, getCohorts, getVelocity, getForecast, getBacktest];
const real: string[] = [];
/** Results and clear errors seen per property: each property must see both. */
const tally = { results: 0, errors: 0 };
const expectBoth = () => {
  expect(tally.results).toBeGreaterThan(0);
  expect(tally.errors).toBeGreaterThan(0);
  Object.assign(tally, { results: 0, errors: 0 });
};

beforeAll(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  const { price } = w.reasons;
  await dealWithHistory({ pipeline: w.pipeline, ownerId: w.rep.id, createdAt: 1, steps: [{ at: 3, move: 1 }, { at: 8, lost: price }] });
  await dealWithHistory({ pipeline: w.pipeline, ownerId: w.otherRep.id, createdAt: 5, source: "referral", steps: [{ at: 9, move: 2 }, { at: 20, won: true }] });
  await dealWithHistory({ pipeline: w.pipeline, ownerId: w.rep.id, createdAt: 30, expectedCloseAt: 70 });
  real.push(w.pipeline.id, w.otherPipeline.id, w.rep.id, w.head.id, ...w.pipeline.stages.map((s) => s.id), price, "ads", "referral", "none");
});

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Strings shaped like days and months, most of them not real ones, from year 0 to 9999. */
const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  fc.date({ min: new Date("1990-01-01"), max: new Date("2110-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date("2019-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
/** Anything a URL or a JSON body can carry as a string. */
const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("", " ", "\u0000", "none", "9999-12-31", "+010000-01-01", "2026-13", "2026-02-30", "x".repeat(65), "NaN", "-1"),
);
const value = fc.oneof({ arbitrary: anyString, weight: 3 }, { arbitrary: dateLike, weight: 3 }, { arbitrary: fc.constant(null).map(() => "REAL"), weight: 2 });
const pickReal = (v: string, i: number) => (v === "REAL" ? real[i % real.length] : v);
const filterRecord = fc
  .record({ pipeline: value, from: value, to: value, owner: value, source: value, pick: fc.nat() }, { requiredKeys: ["pick"] })
  .map(({ pick, ...r }) => Object.fromEntries(Object.entries(r).map(([k, v], i) => [k, pickReal(v as string, pick + i)])) as Record<string, string>);

/** Runs a read: its result, or null for a clear error (the codes a page or action words). */
async function outcome<T>(read: Promise<T>, allowed: string[]): Promise<T | null> {
  try {
    const result = await read;
    tally.results += 1;
    return result;
  } catch (error) {
    tally.errors += 1;
    expect(error, String(error)).toBeInstanceOf(AppError);
    expect(allowed).toContain((error as AppError).code);
    return null;
  }
}

/** Every report for one set of filters; checks the period lists are bounded. */
async function runReports(filters: AnalyticsFilters, allowed: string[]) {
  for (const report of REPORTS) {
    const result = await outcome(report({ actor: w.head, filters, now }), allowed);
    if (!result) continue;
    const { scope } = result;
    expect(dayNumber(scope.toDay)! - dayNumber(scope.fromDay)! + 1).toBeLessThanOrEqual(MAX_PERIOD_DAYS);
    if ("byWeek" in result) expect((result as { byWeek: unknown[] }).byWeek.length).toBeLessThanOrEqual(MAX_PERIOD_WEEKS + 1);
    if ("cohorts" in result) expect((result as { cohorts: unknown[] }).cohorts.length).toBeLessThanOrEqual(MAX_PERIOD_MONTHS);
  }
}

describe("analytics and forecast inputs under any string", () => {
  it("URL filters: what is applied gives a result, what is not is named", async () => {
    await fc.assert(
      fc.asyncProperty(filterRecord, async (params) => {
        const { filters, issues } = parseAnalyticsSearchParams(params, { today });
        const given = Object.keys(params).filter((k) => params[k] !== "");
        if (issues.length === 0) expect(Object.keys(filters).sort()).toEqual(given.sort());
        else expect(Object.keys(filters).length).toBeLessThan(given.length);
        // Parsed filters never fail validation: only an unknown pipeline is an error (a 404 page).
        await runReports(filters, ["NOT_FOUND"]);
      }),
      { numRuns: 40 },
    );
    expectBoth();
  }, 240_000);

  it("filters handed straight to the domain functions: a result or a clear error", async () => {
    await fc.assert(
      // Raw strings, and (so that some runs get results) filters that passed the URL reading.
      fc.asyncProperty(fc.oneof(filterRecord, filterRecord.map((p) => parseAnalyticsSearchParams(p, { today }).filters)), async (filters) =>
        runReports(filters, ["VALIDATION", "NOT_FOUND"]),
      ),
      { numRuns: 40 },
    );
    expectBoth();
  }, 240_000);

  it("drill-down cells: a list of deals or a clear error", async () => {
    const nullable = fc.oneof(value, fc.constant(null));
    const cell = fc
      .record(
        {
          kind: fc.constantFrom("lost", "transition", "funnel", "stuck", "channel", "cohort", "attribution", "touches", "expected", "other"),
          stageId: value,
          reasonId: nullable,
          source: nullable,
          ownerId: value,
          week: value,
          fromStageId: nullable,
          toStageId: nullable,
          fromStatus: fc.constantFrom("OPEN", "WON", "LOST", null, "x"),
          toStatus: fc.constantFrom("OPEN", "WON", "LOST", "x"),
          outcome: fc.constantFrom("entered", "advanced", "lost", "back", "here", "x"),
          status: fc.constantFrom("OPEN", "WON", "LOST", undefined, "x"),
          month: value,
          channel: value,
          band: fc.constantFrom(...TOUCH_BANDS, "x", "0"),
          pick: fc.nat(),
        },
        { requiredKeys: ["kind", "pick"] },
      )
      .map(({ pick, ...c }) => Object.fromEntries(Object.entries(c).map(([k, v], i) => [k, typeof v === "string" ? pickReal(v, pick + i) : v])));
    await fc.assert(
      fc.asyncProperty(cell, filterRecord, async (c, raw) => {
        const { filters } = parseAnalyticsSearchParams(raw, { today });
        const checked = drillDownRequestSchema.safeParse({ filters, cell: c });
        // Whatever the action's schema says, the domain function stands on its own.
        const result = await outcome(listDealsBehind({ actor: w.head, filters, cell: c as DrillDown, now }), ["VALIDATION", "NOT_FOUND"]);
        if (result) {
          expect(checked.success).toBe(true);
          expect(result.deals.length).toBeLessThanOrEqual(result.total);
        }
      }),
      { numRuns: 150 },
    );
    expectBoth();
  }, 240_000);
});
