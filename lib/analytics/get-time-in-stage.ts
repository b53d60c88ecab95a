import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { readJsonArray, sqlTimestamp } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { resolveScope, type AnalyticsScope } from "./resolve-scope";
import { type StageTimeRow, type StageTimeStats, buildStageTimes } from "./stage-times";
import { dealFilters, num, numOrNull } from "./sql";
import { percentilesJson } from "./percentile-sql";
import { stagesCte, visitsOfStage } from "./visits-sql";

export interface TimeInStageReport {
  scope: AnalyticsScope;
  stages: StageTimeRow[];
}

/**
 * Per stage, the nearest-rank median and p90 of each deal's latest finished visit that began in the
 * period, and of its finished visits there added up. A deal in the stage only once has one visit,
 * read straight off the index range; the visits of revisited deal-stage pairs are grouped per deal
 * first ("again"). Both lists are sorted once each per stage, in SQL (percentilesJson).
 */
async function visitStats(scope: AnalyticsScope) {
  const once = Prisma.sql`SELECT v."days" AS "v" FROM ${visitsOfStage(scope, { revisited: false, before: scope.to })} AND v."leftAt" IS NOT NULL`;
  const again = (column: "latest" | "total") => Prisma.sql`SELECT a."${Prisma.raw(column)}" AS "v" FROM again a WHERE a."stageId" = s."stageId"`;
  const rows = await db.$queryRaw<{ stageId: string; latest: unknown; total: unknown }[]>(Prisma.sql`
    WITH ${stagesCte(scope)},
    again AS MATERIALIZED (
      SELECT x."stageId", x."days" AS "latest", x."total" FROM (
        SELECT s."stageId", v."days",
          SUM(v."days") OVER (PARTITION BY v."dealId", s."stageId") AS "total",
          ROW_NUMBER() OVER (PARTITION BY v."dealId", s."stageId" ORDER BY v."enteredAt" DESC) AS "k"
        FROM stages s, ${visitsOfStage(scope, { revisited: true, before: scope.to })} AND v."leftAt" IS NOT NULL
      ) x WHERE x."k" = 1
    )
    SELECT s."stageId",
      ${percentilesJson(Prisma.sql`${once} UNION ALL ${again("latest")}`)} AS "latest",
      ${percentilesJson(Prisma.sql`${once} UNION ALL ${again("total")}`)} AS "total"
    FROM stages s`);
  const stats = new Map<string, { latest?: StageTimeStats; cumulative?: StageTimeStats }>();
  const read = (value: unknown): StageTimeStats => {
    const [n, p50, p90, mean] = readJsonArray(value);
    return { n: num(n), p50: numOrNull(p50), p90: numOrNull(p90), mean: numOrNull(mean) };
  };
  for (const r of rows) stats.set(r.stageId, { latest: read(r.latest), cumulative: read(r.total) });
  return stats;
}

/**
 * Open deals per stage now, and those in the stage for longer than its rotting days: entered
 * before the stage's cutoff (now − rotting days), compared as instants (no date maths per row).
 */
async function openNow(scope: AnalyticsScope) {
  const normed = scope.stages.filter((s) => s.rottingDays !== null);
  const cutoff = normed.length
    ? Prisma.sql`CASE d."stageId" ${Prisma.join(
        normed.map((s) => Prisma.sql`WHEN ${s.id} THEN ${sqlTimestamp(new Date(scope.now.getTime() - s.rottingDays! * 86_400_000))}`),
        " ",
      )} END`
    : Prisma.sql`NULL`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT d."stageId", COUNT(*) AS "open", SUM(CASE WHEN d."stageEnteredAt" < ${cutoff} THEN 1 ELSE 0 END) AS "over"
    FROM "Deal" d
    WHERE d."pipelineId" = ${scope.pipeline.id} AND d."status" = 'OPEN' ${dealFilters(scope)}
    GROUP BY d."stageId"`);
  return new Map(rows.map((r) => [r.stageId as string, { openNow: num(r.open), overNorm: num(r.over) }]));
}

/** How long do deals sit in each stage, and where do they get stuck? */
export async function getTimeInStage(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<TimeInStageReport> {
  const scope = await resolveScope(options);
  if (scope.stages.length === 0) return { scope, stages: [] };
  const [stats, now] = await Promise.all([visitStats(scope), openNow(scope)]);
  return { scope, stages: buildStageTimes(scope.stages, stats, now) };
}
