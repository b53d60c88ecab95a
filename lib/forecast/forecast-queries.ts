// The forecast's SQL: open deals grouped for the simulation and the weighted pipeline, the
// history of closed deals' stage visits (for calibration), and won revenue per month.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { readJsonArray, sqlDaysBetween, sqlJsonArray, sqlMonth, sqlTimestamp } from "@/lib/db-dialect";
import type { AnalyticsScope } from "@/lib/analytics/resolve-scope";
import { dealFilters, num, otherCurrency, valueInCurrency } from "@/lib/analytics/sql";
import type { CloseSample } from "./calibration";
import { bucketLowerBounds } from "./day-buckets";
import { dayBucketSinceSql, dayBucketSql, valueBucketSql } from "./day-buckets-sql";

const DAY_MS = 86_400_000;

export interface OpenGroup {
  stageId: string;
  /** Day bucket of the time in the stage so far. */
  age: number;
  /** Value band (number of digits and first digit). */
  band: number;
  /**
   * Expected close slot: 0 = no date, 1 = before the first month start, k + 1 = within month k
   * (`monthStarts`: the instants the months begin, then the end of the last one), last = after.
   */
  slot: number;
  /** Deals in the pipeline's currency, their total value and the sum of their values squared. */
  count: number;
  value: number;
  squares: number;
  /** Deals in other currencies (not forecast: amounts are never mixed). */
  other: number;
}

/** The band of every group when the value bands are added up (openDealsByRanges). */
export const ALL_BANDS = -1;

/**
 * Open deals by stage × time in stage × value band × expected close slot, in one scan: the Monte
 * Carlo groups (slots added up) and the weighted pipeline (ages and bands added up). For small
 * pipelines (the GROUP BY sorts every deal); big ones are read by openDealsByRanges.
 */
export async function openGroups(scope: AnalyticsScope, monthStarts: readonly Date[]): Promise<OpenGroup[]> {
  const slot = Prisma.join(
    monthStarts.map((start, i) => Prisma.sql`WHEN d."expectedCloseAt" < ${sqlTimestamp(start)} THEN ${Prisma.raw(String(i + 1))}`),
    " ",
  );
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT x."stageId", x."age", x."vb", x."slot",
      SUM(1 - x."other") AS "n", SUM(x."v") AS "value", SUM(CAST(x."v" AS DOUBLE PRECISION) * x."v") AS "squares", SUM(x."other") AS "other"
    FROM (
      SELECT d."stageId", ${dayBucketSinceSql(Prisma.sql`d."stageEnteredAt"`, scope.now)} AS "age",
        ${valueBucketSql(Prisma.sql`d."value"`)} AS "vb", ${valueInCurrency(scope)} AS "v", ${otherCurrency(scope)} AS "other",
        CASE WHEN d."expectedCloseAt" IS NULL THEN 0 ${slot} ELSE ${Prisma.raw(String(monthStarts.length + 1))} END AS "slot"
      FROM "Deal" d
      WHERE d."pipelineId" = ${scope.pipeline.id} AND d."status" = 'OPEN' ${dealFilters(scope)}
    ) x
    GROUP BY x."stageId", x."age", x."vb", x."slot"`);
  return rows.map((r) => ({ stageId: r.stageId as string, age: num(r.age), band: num(r.vb), slot: num(r.slot), count: num(r.n), value: num(r.value), squares: num(r.squares), other: num(r.other) }));
}

/** Open deals for the forecast: groups for the simulation and groups for the weighted pipeline. */
export interface OpenDeals {
  /** By stage and age (and band, or ALL_BANDS); their expected-close slots may be split or not. */
  simulation: OpenGroup[];
  /** By stage and expected-close slot. */
  weighting: OpenGroup[];
}

/** Before and after any date a deal can hold: the open ends of the first and last ranges. */
const EARLIEST = new Date("0001-01-01T00:00:00.000Z");
const LATEST = new Date("9999-12-31T00:00:00.000Z");

/**
 * Open deals by stage × day bucket of the time in stage, and by stage × expected-close slot,
 * without sorting them: each bucket of a stage is one range of the Deal index (…, stageId,
 * stageEnteredAt, …) and each slot one range of (…, stageId, expectedCloseAt, …). A list of the
 * ranges (VALUES) drives one correlated subquery per range that adds the range up as it reads it,
 * so nothing is sorted: at 100k open deals about three times cheaper than a GROUP BY. Bands are
 * added up (ALL_BANDS): this is for big pipelines, whose bands would be merged anyway.
 */
export async function openDealsByRanges(scope: AnalyticsScope, monthStarts: readonly Date[]): Promise<OpenDeals> {
  if (scope.stages.length === 0) return { simulation: [], weighting: [] }; // no ranges to read
  const v = valueInCurrency(scope);
  const other = otherCurrency(scope);
  const sums = sqlJsonArray([Prisma.sql`SUM(1 - ${other})`, Prisma.sql`SUM(${v})`, Prisma.sql`SUM(CAST(${v} AS DOUBLE PRECISION) * ${v})`, Prisma.sql`SUM(${other})`]);
  const base = Prisma.sql`d."pipelineId" = ${scope.pipeline.id} AND d."status" = 'OPEN' AND d."stageId" = r."stageId" ${dealFilters(scope)}`;
  const daysAgo = (days: number) => new Date(scope.now.getTime() - days * DAY_MS);
  const bounds = bucketLowerBounds();

  type Cell = Omit<OpenGroup, "count" | "value" | "squares" | "other">;
  const cells: Cell[] = [];
  const ageRanges: Prisma.Sql[] = [];
  const closeRanges: Prisma.Sql[] = [];
  const noDate: Prisma.Sql[] = [];
  const range = (list: Prisma.Sql[], cell: Cell, from: Date, to: Date) => {
    list.push(Prisma.sql`(${Prisma.raw(String(cells.length))}, ${cell.stageId}, ${sqlTimestamp(from)}, ${sqlTimestamp(to)})`);
    cells.push(cell);
  };
  for (const { id: stageId } of scope.stages) {
    // Bucket b: entered after the next bucket's start and at most b days ago (the first bucket also
    // holds deals entered "in the future", the last everything older), as dayBucket counts.
    bounds.forEach((b, k) => {
      const after = k < bounds.length - 1 ? daysAgo(bounds[k + 1]) : EARLIEST;
      range(ageRanges, { stageId, age: b, band: ALL_BANDS, slot: -1 }, after, k > 0 ? daysAgo(b) : LATEST);
    });
    // Slots as openGroups numbers them: 0 no date, 1 before the first start, k + 1 from the
    // (k−1)-th start to the k-th, the last from the last start on.
    noDate.push(Prisma.sql`(${Prisma.raw(String(cells.length))}, ${stageId})`);
    cells.push({ stageId, age: -1, band: ALL_BANDS, slot: 0 });
    [EARLIEST, ...monthStarts].forEach((from, k) => {
      range(closeRanges, { stageId, age: -1, band: ALL_BANDS, slot: k + 1 }, from, monthStarts[k] ?? LATEST);
    });
  }
  const rows = await db.$queryRaw<{ i: unknown; x: unknown }[]>(Prisma.sql`
    WITH ages("i", "stageId", "after", "until") AS (VALUES ${Prisma.join(ageRanges)}),
      closes("i", "stageId", "from", "before") AS (VALUES ${Prisma.join(closeRanges)}),
      undated("i", "stageId") AS (VALUES ${Prisma.join(noDate)})
    SELECT r."i", (SELECT ${sums} FROM "Deal" d WHERE ${base} AND d."stageEnteredAt" > r."after" AND d."stageEnteredAt" <= r."until") AS "x" FROM ages r
    UNION ALL
    SELECT r."i", (SELECT ${sums} FROM "Deal" d WHERE ${base} AND d."expectedCloseAt" >= r."from" AND d."expectedCloseAt" < r."before") FROM closes r
    UNION ALL
    SELECT r."i", (SELECT ${sums} FROM "Deal" d WHERE ${base} AND d."expectedCloseAt" IS NULL) FROM undated r`);
  const groups = rows.map((r) => {
    const [count, value, squares, other] = readJsonArray(r.x).map(num);
    return { ...cells[num(r.i)], count, value, squares, other };
  });
  return { simulation: groups.filter((g) => g.slot < 0), weighting: groups.filter((g) => g.age < 0) };
}

/**
 * Every stage visit of the deals of the pipeline closed in [from, to) (only the `latest` closes when
 * given: a few thousand are plenty to learn from and keep the cost flat): the stage, the outcome, the
 * month of the close and the day bucket of (close − visit start). The whole pipeline's history,
 * whatever the owner and source filters: an owner's own record is usually too thin to learn from.
 */
export async function closeSamples(scope: AnalyticsScope, from: Date, to: Date, options: { latest?: number } = {}): Promise<CloseSample[]> {
  const limit = options.latest ? Prisma.sql`ORDER BY c."closedAt" DESC LIMIT ${Prisma.raw(String(Math.trunc(options.latest)))}` : Prisma.empty;
  // Materialized: each visit's duration is computed once, not once per CASE branch of its bucket.
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    WITH x AS MATERIALIZED (
      SELECT t."toStageId" AS "stageId", d."status" AS "outcome", ${sqlMonth(Prisma.sql`d."closedAt"`, scope.offsetMinutes)} AS "month",
        ${sqlDaysBetween(Prisma.sql`t."at"`, Prisma.sql`d."closedAt"`)} AS "days"
      FROM (
        SELECT c."id", c."status", c."closedAt" FROM "Deal" c
        WHERE c."pipelineId" = ${scope.pipeline.id} AND c."status" IN ('WON', 'LOST')
          AND c."closedAt" >= ${sqlTimestamp(from)} AND c."closedAt" < ${sqlTimestamp(to)}
        ${limit}
      ) d
      JOIN "StageTransition" t ON t."dealId" = d."id" AND t."toStatus" = 'OPEN'
      WHERE t."toStageId" IS NOT NULL
    )
    SELECT x."stageId", x."outcome", x."month", ${dayBucketSql(Prisma.sql`x."days"`)} AS "bucket", COUNT(*) AS "n"
    FROM x
    GROUP BY x."stageId", x."outcome", x."month", 4`);
  return rows.map((r) => ({
    stageId: r.stageId as string,
    outcome: r.outcome as CloseSample["outcome"],
    month: r.month as string,
    bucket: num(r.bucket),
    count: num(r.n),
  }));
}

/** Won revenue per month ("YYYY-MM") and owner for deals won in [from, to) (their final status). */
export async function wonByMonth(scope: AnalyticsScope, from: Date, to: Date): Promise<{ month: string; ownerId: string; count: number; value: number }[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT ${sqlMonth(Prisma.sql`d."closedAt"`, scope.offsetMinutes)} AS "month", d."ownerId", COUNT(*) AS "n", SUM(${valueInCurrency(scope)}) AS "value"
    FROM "Deal" d
    WHERE d."pipelineId" = ${scope.pipeline.id} AND d."status" = 'WON'
      AND d."closedAt" >= ${sqlTimestamp(from)} AND d."closedAt" < ${sqlTimestamp(to)} ${dealFilters(scope)}
    GROUP BY 1, d."ownerId"`);
  return rows.map((r) => ({ month: r.month as string, ownerId: r.ownerId as string, count: num(r.n), value: num(r.value) }));
}
