// The touches behind a won deal, shared by the attribution report and its drill-downs.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlTimestamp } from "@/lib/db-dialect";
import type { AnalyticsScope } from "./resolve-scope";
import { dealFilters, valueInCurrency } from "./sql";

/**
 * CTEs "won" (the deals won in the period, with their value in the pipeline's currency) and
 * "touches": each won deal's person's events with a channel up to the win, numbered k of n in time order.
 */
export function touchesCte(scope: AnalyticsScope): Prisma.Sql {
  return Prisma.sql`
    won AS (
      SELECT d."id", d."personId", d."closedAt", ${valueInCurrency(scope)} AS "value" FROM "Deal" d
      WHERE d."pipelineId" = ${scope.pipeline.id} AND d."status" = 'WON'
        AND d."closedAt" >= ${sqlTimestamp(scope.from)} AND d."closedAt" < ${sqlTimestamp(scope.to)} ${dealFilters(scope)}
    ),
    touches AS (
      SELECT w."id" AS "dealId", CAST(w."value" AS DOUBLE PRECISION) AS "value", e."channel",
        ROW_NUMBER() OVER (PARTITION BY w."id" ORDER BY e."occurredAt", e."id") AS "k", COUNT(*) OVER (PARTITION BY w."id") AS "n"
      FROM won w JOIN "Event" e ON e."personId" = w."personId" AND e."occurredAt" <= w."closedAt" AND e."channel" IS NOT NULL
    )`;
}

