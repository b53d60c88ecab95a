// The one definition of a stage *visit*, shared by the funnel and time in stage. A visit starts
// with a transition that leaves the deal open in a stage (its creation, a move into the stage,
// a reopen) and ends with the deal's next transition (a move out, a win, a loss), or is still
// going. Only transitions from the period's start on are read: a visit that starts in the period
// ends with a later transition, so the window never needs older rows.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlTimestamp } from "@/lib/db-dialect";
import type { AnalyticsScope } from "./resolve-scope";
import { dealFilters, filtersDeals } from "./sql";

/**
 * CTEs "moves" (every transition from the period's start on, with the deal's next transition) and
 * "visits": one row per visit starting at or after the period's start, with "dealId", "stageId",
 * "at" (start), "entry" (1 unless it is a reopen), "nextAt", "nextStageId", "nextStatus" (null
 * while the visit goes on).
 */
export function visitsCte(scope: AnalyticsScope): Prisma.Sql {
  const join = filtersDeals(scope) ? Prisma.sql`JOIN "Deal" d ON d."id" = t."dealId" ${dealFilters(scope)}` : Prisma.empty;
  return Prisma.sql`
    moves AS (
      SELECT t."dealId", t."toStageId" AS "stageId", t."fromStageId", t."fromStatus", t."toStatus", t."at",
        LEAD(t."at") OVER w AS "nextAt", LEAD(t."toStageId") OVER w AS "nextStageId", LEAD(t."toStatus") OVER w AS "nextStatus"
      FROM "StageTransition" t ${join}
      WHERE t."pipelineId" = ${scope.pipeline.id} AND t."at" >= ${sqlTimestamp(scope.from)}
      WINDOW w AS (PARTITION BY t."dealId" ORDER BY t."at")
    ),
    visits AS (
      SELECT m."dealId", m."stageId", m."at", m."nextAt", m."nextStageId", m."nextStatus",
        CASE WHEN m."fromStageId" IS NULL OR m."fromStageId" <> m."stageId" THEN 1 ELSE 0 END AS "entry"
      FROM moves m
      WHERE m."toStatus" = 'OPEN' AND m."stageId" IS NOT NULL
    )`;
}
