// What the pipeline looked like at the start of past months, rebuilt from the transitions: the
// deals open at each instant, their stage, how long they had been in it, their value band and
// whether their (current) expected close date falls in that month.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlDaysBetween, sqlTimestamp } from "@/lib/db-dialect";
import type { AnalyticsScope } from "@/lib/analytics/resolve-scope";
import { dealFilters, num, valueInCurrency } from "@/lib/analytics/sql";
import { dayBucketSql, valueBucketSql } from "./day-buckets-sql";

export interface PastOpenGroup {
  month: string;
  ownerId: string;
  stageId: string;
  age: number;
  /** 1 when the deal's expected close date is inside the month. */
  expectedInMonth: number;
  count: number;
  value: number;
}

/** Open deals at each month's start: a visit [at, next transition) that contains the instant. */
export async function openAtMonthStarts(scope: AnalyticsScope, months: { month: string; start: Date; end: Date }[]): Promise<PastOpenGroup[]> {
  const last = months[months.length - 1].start;
  const starts = Prisma.join(
    months.map((m) => Prisma.sql`SELECT ${m.month} AS "month", ${sqlTimestamp(m.start)} AS "t0", ${sqlTimestamp(m.end)} AS "t1"`),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    WITH moves AS (
      SELECT t."dealId", t."toStageId" AS "stageId", t."toStatus", t."at", LEAD(t."at") OVER (PARTITION BY t."dealId" ORDER BY t."at") AS "nextAt"
      FROM "StageTransition" t
      WHERE t."pipelineId" = ${scope.pipeline.id} AND t."at" <= ${sqlTimestamp(last)}
    ),
    starts AS (${starts}),
    open_then AS (
      SELECT s."month", d."ownerId", m."stageId", ${sqlDaysBetween(Prisma.sql`m."at"`, Prisma.sql`s."t0"`)} AS "days",
        ${valueBucketSql(Prisma.sql`d."value"`)} AS "vb", ${valueInCurrency(scope)} AS "v",
        CASE WHEN d."currency" = ${scope.currency} THEN 1 ELSE 0 END AS "mine",
        CASE WHEN d."expectedCloseAt" >= s."t0" AND d."expectedCloseAt" < s."t1" THEN 1 ELSE 0 END AS "inMonth"
      FROM moves m
      JOIN starts s ON m."at" <= s."t0" AND (m."nextAt" IS NULL OR m."nextAt" > s."t0")
      JOIN "Deal" d ON d."id" = m."dealId"
      WHERE m."toStatus" = 'OPEN' AND m."stageId" IS NOT NULL ${dealFilters(scope)}
    )
    SELECT o."month", o."ownerId", o."stageId", ${dayBucketSql(Prisma.sql`o."days"`)} AS "age", o."vb", o."inMonth",
      SUM(o."mine") AS "n", SUM(o."v") AS "value"
    FROM open_then o
    GROUP BY o."month", o."ownerId", o."stageId", 4, o."vb", o."inMonth"`);
  return rows
    .map((r) => ({
      month: r.month as string,
      ownerId: r.ownerId as string,
      stageId: r.stageId as string,
      age: num(r.age),
      expectedInMonth: num(r.inMonth),
      count: num(r.n),
      value: num(r.value),
    }))
    .filter((g) => g.count > 0);
}
