// The forecast's SQL: open deals grouped for the simulation and the weighted pipeline, the
// history of closed deals' stage visits (for calibration), and won revenue per month.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlDaysBetween, sqlMonth, sqlTimestamp } from "@/lib/db-dialect";
import type { AnalyticsScope } from "@/lib/analytics/resolve-scope";
import { dealFilters, num, otherCurrency, valueInCurrency } from "@/lib/analytics/sql";
import type { CloseSample } from "./calibration";
import { dayBucketSinceSql, dayBucketSql, valueBucketSql } from "./day-buckets-sql";

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

/** The band of every group when the value bands are added up (`openGroups` without `bands`). */
export const ALL_BANDS = -1;

/**
 * Open deals by stage × time in stage × expected close slot (× value band with `bands`), in one
 * scan: the Monte Carlo groups (slots added up) and the weighted pipeline (ages and bands added up).
 * The columns read are all in the Deal index for open deals of a pipeline (pipelineId, status,
 * stageId, stageEnteredAt, value, currency, expectedCloseAt), so the scan never visits the table.
 */
export async function openGroups(scope: AnalyticsScope, monthStarts: readonly Date[], options: { bands: boolean }): Promise<OpenGroup[]> {
  const slot = Prisma.join(
    monthStarts.map((start, i) => Prisma.sql`WHEN d."expectedCloseAt" < ${sqlTimestamp(start)} THEN ${Prisma.raw(String(i + 1))}`),
    " ",
  );
  const band = options.bands ? valueBucketSql(Prisma.sql`d."value"`) : Prisma.raw(String(ALL_BANDS));
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT x."stageId", x."age", x."vb", x."slot",
      SUM(1 - x."other") AS "n", SUM(x."v") AS "value", SUM(CAST(x."v" AS DOUBLE PRECISION) * x."v") AS "squares", SUM(x."other") AS "other"
    FROM (
      SELECT d."stageId", ${dayBucketSinceSql(Prisma.sql`d."stageEnteredAt"`, scope.now)} AS "age",
        ${band} AS "vb", ${valueInCurrency(scope)} AS "v", ${otherCurrency(scope)} AS "other",
        CASE WHEN d."expectedCloseAt" IS NULL THEN 0 ${slot} ELSE ${Prisma.raw(String(monthStarts.length + 1))} END AS "slot"
      FROM "Deal" d
      WHERE d."pipelineId" = ${scope.pipeline.id} AND d."status" = 'OPEN' ${dealFilters(scope)}
    ) x
    GROUP BY x."stageId", x."age", x."vb", x."slot"`);
  return rows.map((r) => ({ stageId: r.stageId as string, age: num(r.age), band: num(r.vb), slot: num(r.slot), count: num(r.n), value: num(r.value), squares: num(r.squares), other: num(r.other) }));
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
