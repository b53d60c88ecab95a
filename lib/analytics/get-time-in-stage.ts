import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlDaysBetween, sqlTimestamp } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { resolveScope, type AnalyticsScope } from "./resolve-scope";
import { type StageTimeRow, type StageTimeStats, buildStageTimes } from "./stage-times";
import { dealFilters, num, numOrNull } from "./sql";
import { visitsCte } from "./visits-sql";

export interface TimeInStageReport {
  scope: AnalyticsScope;
  stages: StageTimeRow[];
}

/**
 * Per stage, nearest-rank median and p90 of each deal's latest finished visit and of its total
 * (two rankings over the same rows: ranks (n+1)/2 and (9n+9)/10, as percentileOf).
 */
async function visitStats(scope: AnalyticsScope) {
  const days = sqlDaysBetween(Prisma.sql`v."at"`, Prisma.sql`v."nextAt"`);
  const rank = (column: string, p: 50 | 90) =>
    Prisma.raw(`MAX(CASE WHEN r."r_${column}" = ${p === 50 ? `(r."n" + 1) / 2` : `(9 * r."n" + 9) / 10`} THEN r."${column}" END)`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    WITH ${visitsCte(scope)},
    done AS (
      SELECT v."dealId", v."stageId", v."at", ${days} AS "days"
      FROM visits v WHERE v."nextAt" IS NOT NULL AND v."at" < ${sqlTimestamp(scope.to)}
    ),
    per_deal AS (
      SELECT x."stageId", x."latest", x."total" FROM (
        SELECT f."stageId", f."days" AS "latest",
          SUM(f."days") OVER (PARTITION BY f."dealId", f."stageId") AS "total",
          ROW_NUMBER() OVER (PARTITION BY f."dealId", f."stageId" ORDER BY f."at" DESC) AS "k"
        FROM done f
      ) x WHERE x."k" = 1
    )
    SELECT r."stageId", MAX(r."n") AS "n",
      ${rank("latest", 50)} AS "p50", ${rank("latest", 90)} AS "p90", AVG(r."latest") AS "mean",
      ${rank("total", 50)} AS "p50t", ${rank("total", 90)} AS "p90t", AVG(r."total") AS "meant"
    FROM (
      SELECT p."stageId", p."latest", p."total",
        ROW_NUMBER() OVER (PARTITION BY p."stageId" ORDER BY p."latest") AS "r_latest",
        ROW_NUMBER() OVER (PARTITION BY p."stageId" ORDER BY p."total") AS "r_total",
        COUNT(*) OVER (PARTITION BY p."stageId") AS "n"
      FROM per_deal p
    ) r
    GROUP BY r."stageId"`);
  const stats = new Map<string, { latest?: StageTimeStats; cumulative?: StageTimeStats }>();
  for (const r of rows) {
    stats.set(r.stageId as string, {
      latest: { n: num(r.n), p50: numOrNull(r.p50), p90: numOrNull(r.p90), mean: numOrNull(r.mean) },
      cumulative: { n: num(r.n), p50: numOrNull(r.p50t), p90: numOrNull(r.p90t), mean: numOrNull(r.meant) },
    });
  }
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
  const [stats, now] = await Promise.all([visitStats(scope), openNow(scope)]);
  return { scope, stages: buildStageTimes(scope.stages, stats, now) };
}
