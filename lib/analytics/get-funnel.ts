import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlTimestamp } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { resolveScope, type AnalyticsScope } from "./resolve-scope";
import { type FunnelCounts, type FunnelStage, type MoveKind, type TransitionCell, buildFunnel, movesByKind } from "./funnel-math";
import { num } from "./sql";
import { visitsCte } from "./visits-sql";

export interface FunnelReport {
  scope: AnalyticsScope;
  stages: FunnelStage[];
  /** Every from → to transition of the period (creations, moves, wins, losses, reopens). */
  matrix: TransitionCell[];
  moves: Record<MoveKind, number>;
}

/**
 * One statement, one pass over the period's transitions, two answers (told apart by "kind"):
 * "f" rows — per stage, the deals that entered it in the period (each deal once) and what their
 * visits to it from then on led to: a later stage or a win (advanced), an earlier stage (back);
 * whether the deal is now lost from it (its last visit there ended in a loss, never reopened) or
 * still open in it (a visit there is still going). "m" rows — the period's transitions by from,
 * to and statuses (the matrix).
 */
async function funnelAndMatrix(scope: AnalyticsScope): Promise<{ counts: FunnelCounts[]; matrix: TransitionCell[] }> {
  // Stage positions inline (no join per visit): CASE "stageId" WHEN … THEN position END.
  const position = (column: Prisma.Sql) =>
    Prisma.sql`(CASE ${column} ${Prisma.join(scope.stages.map((s) => Prisma.sql`WHEN ${s.id} THEN ${Prisma.raw(String(s.position))}`), " ")} END)`;
  const here = position(Prisma.sql`v."stageId"`);
  const next = position(Prisma.sql`v."nextStageId"`);
  const to = sqlTimestamp(scope.to);
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    WITH ${visitsCte(scope)},
    per_deal AS (
      SELECT v."stageId", v."dealId",
        MAX(CASE WHEN v."nextStatus" = 'WON' OR (v."nextStatus" = 'OPEN' AND ${next} > ${here}) THEN 1 ELSE 0 END) AS "advanced",
        MAX(CASE WHEN v."nextStatus" = 'OPEN' AND ${next} < ${here} THEN 1 ELSE 0 END) AS "back",
        MAX(CASE WHEN v."nextStatus" = 'LOST' THEN v."nextAt" END) AS "lostAt",
        MAX(v."at") AS "lastAt",
        MAX(CASE WHEN v."nextAt" IS NULL THEN 1 ELSE 0 END) AS "here"
      FROM visits v
      GROUP BY v."stageId", v."dealId"
      HAVING MAX(CASE WHEN v."entry" = 1 AND v."at" < ${to} THEN 1 ELSE 0 END) = 1
    )
    SELECT 'f' AS "kind", p."stageId" AS "a", NULL AS "b", NULL AS "c", NULL AS "d",
      COUNT(*) AS "n1", SUM(p."advanced") AS "n2", SUM(p."back") AS "n3",
      SUM(CASE WHEN p."lostAt" > p."lastAt" THEN 1 ELSE 0 END) AS "n4", SUM(p."here") AS "n5"
    FROM per_deal p
    GROUP BY p."stageId"
    UNION ALL
    SELECT 'm', m."fromStageId", m."stageId", CAST(m."fromStatus" AS TEXT), CAST(m."toStatus" AS TEXT), COUNT(*), COUNT(DISTINCT m."dealId"), 0, 0, 0
    FROM moves m
    WHERE m."at" < ${to}
    GROUP BY m."fromStageId", m."stageId", m."fromStatus", m."toStatus"`);
  const counts = rows
    .filter((r) => r.kind === "f")
    .map((r) => ({ stageId: r.a as string, entered: num(r.n1), advanced: num(r.n2), back: num(r.n3), lost: num(r.n4), here: num(r.n5) }));
  const matrix = rows
    .filter((r) => r.kind === "m")
    .map((r) => ({
      fromStageId: (r.a as string | null) ?? null,
      toStageId: (r.b as string | null) ?? null,
      fromStatus: (r.c as TransitionCell["fromStatus"]) ?? null,
      toStatus: r.d as TransitionCell["toStatus"],
      moves: num(r.n1),
      deals: num(r.n2),
    }));
  return { counts, matrix };
}

/** Where do deals move on, and where do they stall or turn back? */
export async function getFunnel(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<FunnelReport> {
  const scope = await resolveScope(options);
  const { counts, matrix } = await funnelAndMatrix(scope);
  return { scope, stages: buildFunnel(scope.stages, counts, matrix), matrix, moves: movesByKind(scope.stages, matrix) };
}
