// Shared SQL of the reports that read stage visits (StageVisit: one row per visit, from the
// transition that began it to the deal's next transition; lib/deals/record-transition.ts).
// Each stage's visits are one index range of StageVisit(pipelineId, stageId, revisited, enteredAt,
// …): a list of the stages (VALUES) drives one correlated subquery per stage that adds the range up
// as it reads it, so nothing is sorted. Only visits of deals that were in the stage more than once
// ("revisited") are grouped per deal, to count each deal once.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlTimestamp } from "@/lib/db-dialect";
import type { AnalyticsScope } from "./resolve-scope";
import { dealFilters } from "./sql";

/** CTE `stages("stageId", "position")`: the scope's stages (the scope must have at least one). */
export function stagesCte(scope: AnalyticsScope): Prisma.Sql {
  const rows = scope.stages.map((s) => Prisma.sql`(${s.id}, ${Prisma.raw(String(s.position))})`);
  return Prisma.sql`stages("stageId", "position") AS (VALUES ${Prisma.join(rows)})`;
}

/** The position of the stage a visit `v` moved on to (null when it did not move to a stage of the scope). */
export function nextPosition(scope: AnalyticsScope): Prisma.Sql {
  const whens = scope.stages.map((s) => Prisma.sql`WHEN ${s.id} THEN ${Prisma.raw(String(s.position))}`);
  return Prisma.sql`(CASE v."nextStageId" ${Prisma.join(whens, " ")} END)`;
}

/**
 * `FROM "StageVisit" v … WHERE` the visits of stage `s."stageId"` of the pipeline (only those of
 * revisited deal-stage pairs or only the others, when `revisited` is given) that began at or after the period's start (and before `before`, when
 * given), of the scope's owner and source (the deal's, copied onto its visits); more conditions
 * may follow with AND.
 */
export function visitsOfStage(scope: AnalyticsScope, options: { revisited?: boolean; before?: Date }): Prisma.Sql {
  const revisited = options.revisited === undefined ? Prisma.empty : Prisma.raw(`AND v."revisited" = ${options.revisited ? "TRUE" : "FALSE"}`);
  return Prisma.sql`"StageVisit" v
    WHERE v."pipelineId" = ${scope.pipeline.id} AND v."stageId" = s."stageId" ${revisited}
      AND v."enteredAt" >= ${sqlTimestamp(scope.from)} ${options.before ? Prisma.sql`AND v."enteredAt" < ${sqlTimestamp(options.before)}` : Prisma.empty}
      ${dealFilters(scope, "v")}`;
}
