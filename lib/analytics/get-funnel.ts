import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { readJsonArray, sqlJsonArray, sqlTimestamp } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { resolveScope, type AnalyticsScope } from "./resolve-scope";
import { type FunnelCounts, type FunnelStage, type MoveKind, type TransitionCell, buildFunnel, movesByKind } from "./funnel-math";
import { dealFilters, filtersDeals, num } from "./sql";
import { nextPosition, stagesCte, visitsOfStage } from "./visits-sql";

export interface FunnelReport {
  scope: AnalyticsScope;
  stages: FunnelStage[];
  /** Every from → to transition of the period (creations, moves, wins, losses, reopens). */
  matrix: TransitionCell[];
  moves: Record<MoveKind, number>;
}

/**
 * Per stage, the deals that entered it in the period (each deal once) and what their visits there
 * from then on led to: a later stage or a win (advanced), an earlier stage (back); whether the
 * deal is now lost from it (its last visit there ended in a loss, never reopened) or still open in
 * it (a visit there is still going). A deal in the stage only once has one visit: its row says it
 * all (index ranges). The visits of revisited deal-stage pairs are grouped per deal (per_deal);
 * each stage gets a row of each kind, added up here.
 */
async function stageCounts(scope: AnalyticsScope): Promise<FunnelCounts[]> {
  const next = nextPosition(scope);
  const advanced = Prisma.sql`v."nextStatus" = 'WON' OR (v."nextStatus" = 'OPEN' AND ${next} > s."position")`;
  const back = Prisma.sql`v."nextStatus" = 'OPEN' AND ${next} < s."position"`;
  const to = sqlTimestamp(scope.to);
  const rows = await db.$queryRaw<{ stageId: string; x: unknown }[]>(Prisma.sql`
    WITH ${stagesCte(scope)},
    per_deal AS (
      SELECT s."stageId", v."dealId",
        MAX(CASE WHEN ${advanced} THEN 1 ELSE 0 END) AS "advanced",
        MAX(CASE WHEN ${back} THEN 1 ELSE 0 END) AS "back",
        MAX(CASE WHEN v."nextStatus" = 'LOST' THEN v."leftAt" END) AS "lostAt",
        MAX(v."enteredAt") AS "lastAt",
        MAX(CASE WHEN v."leftAt" IS NULL THEN 1 ELSE 0 END) AS "here"
      FROM stages s, ${visitsOfStage(scope, { revisited: true })}
      GROUP BY s."stageId", v."dealId"
      HAVING MAX(CASE WHEN v."entry" = TRUE AND v."enteredAt" < ${to} THEN 1 ELSE 0 END) = 1
    )
    SELECT s."stageId", (
      SELECT ${sqlJsonArray([
        Prisma.sql`COUNT(*)`,
        Prisma.sql`SUM(CASE WHEN ${advanced} THEN 1 ELSE 0 END)`,
        Prisma.sql`SUM(CASE WHEN ${back} THEN 1 ELSE 0 END)`,
        Prisma.sql`SUM(CASE WHEN v."nextStatus" = 'LOST' THEN 1 ELSE 0 END)`,
        Prisma.sql`SUM(CASE WHEN v."leftAt" IS NULL THEN 1 ELSE 0 END)`,
      ])}
      FROM ${visitsOfStage(scope, { revisited: false, before: scope.to })} AND v."entry" = TRUE
    ) AS "x"
    FROM stages s
    UNION ALL
    SELECT p."stageId", ${sqlJsonArray([
      Prisma.sql`COUNT(*)`,
      Prisma.sql`SUM(p."advanced")`,
      Prisma.sql`SUM(p."back")`,
      Prisma.sql`SUM(CASE WHEN p."lostAt" > p."lastAt" THEN 1 ELSE 0 END)`,
      Prisma.sql`SUM(p."here")`,
    ])}
    FROM per_deal p
    GROUP BY p."stageId"`);
  const counts = new Map<string, FunnelCounts>();
  for (const row of rows) {
    const [entered, advancedN, backN, lost, here] = readJsonArray(row.x).map(num);
    const c = counts.get(row.stageId) ?? { stageId: row.stageId, entered: 0, advanced: 0, back: 0, lost: 0, here: 0 };
    counts.set(row.stageId, { stageId: row.stageId, entered: c.entered + entered, advanced: c.advanced + advancedN, back: c.back + backN, lost: c.lost + lost, here: c.here + here });
  }
  return [...counts.values()];
}

/** The kinds of transition the app writes: from no stage (a creation), another stage, or the same one. */
const CELL_KINDS = [
  { from: "none", fromStatus: null, toStatus: "OPEN" },
  { from: "other", fromStatus: "OPEN", toStatus: "OPEN" },
  { from: "same", fromStatus: "OPEN", toStatus: "WON" },
  { from: "same", fromStatus: "OPEN", toStatus: "LOST" },
  { from: "same", fromStatus: "LOST", toStatus: "OPEN" },
  { from: "same", fromStatus: "WON", toStatus: "OPEN" },
] as const;

/** Whether a from → to transition is one of the matrix's cells: a kind the app writes, between the scope's stages. */
function isMatrixCell(cell: Omit<TransitionCell, "moves">, stageIds: Set<string>): boolean {
  if (!cell.toStageId || !stageIds.has(cell.toStageId)) return false;
  return CELL_KINDS.some((kind) => {
    if (kind.fromStatus !== cell.fromStatus || kind.toStatus !== cell.toStatus) return false;
    if (kind.from === "none") return cell.fromStageId === null;
    if (!cell.fromStageId || !stageIds.has(cell.fromStageId)) return false;
    return kind.from === "same" ? cell.fromStageId === cell.toStageId : cell.fromStageId !== cell.toStageId;
  });
}

/**
 * The period's transitions between the scope's stages by from, to and statuses (creations, moves,
 * wins, losses, reopens). Transitions from or to a stage that was deleted since are left out (the
 * matrix has no row or column for them). Unfiltered: one index range of StageTransition(pipelineId,
 * fromStageId, toStageId, fromStatus, toStatus, at) per cell, counted as it is read. For one owner
 * or source: their deals first, then those deals' transitions, grouped (CROSS JOIN keeps SQLite
 * from starting at the period's transitions and looking up each one's deal).
 */
async function transitionMatrix(scope: AnalyticsScope): Promise<TransitionCell[]> {
  if (filtersDeals(scope)) {
    const rows = await db.$queryRaw<{ fromStageId: string | null; toStageId: string | null; fromStatus: TransitionCell["fromStatus"]; toStatus: TransitionCell["toStatus"]; n: unknown }[]>(Prisma.sql`
      SELECT x."fromStageId", x."toStageId", CAST(x."fromStatus" AS TEXT) AS "fromStatus", CAST(x."toStatus" AS TEXT) AS "toStatus", COUNT(*) AS "n"
      FROM "Deal" d CROSS JOIN "StageTransition" x
      WHERE d."pipelineId" = ${scope.pipeline.id} ${dealFilters(scope)}
        AND x."dealId" = d."id" AND x."at" >= ${sqlTimestamp(scope.from)} AND x."at" < ${sqlTimestamp(scope.to)}
      GROUP BY x."fromStageId", x."toStageId", x."fromStatus", x."toStatus"`);
    const stageIds = new Set(scope.stages.map((s) => s.id));
    return rows
      .map((r) => ({ fromStageId: r.fromStageId ?? null, toStageId: r.toStageId, fromStatus: r.fromStatus ?? null, toStatus: r.toStatus, moves: num(r.n) }))
      .filter((cell) => isMatrixCell(cell, stageIds));
  }
  const status = (value: string | null) => (value === null ? Prisma.sql`IS NULL` : Prisma.raw(`= '${value}'`));
  const pairs = scope.stages.flatMap((a) => scope.stages.filter((b) => b.id !== a.id).map((b) => Prisma.sql`(${a.id}, ${b.id})`));
  const branches = CELL_KINDS.flatMap((kind, k) => {
    if (kind.from === "other" && pairs.length === 0) return [];
    const [source, from, to] =
      kind.from === "other" ? [Prisma.sql`pairs c`, Prisma.sql`c."fromStageId"`, Prisma.sql`c."toStageId"`] : [Prisma.sql`stages c`, kind.from === "same" ? Prisma.sql`c."stageId"` : Prisma.sql`NULL`, Prisma.sql`c."stageId"`];
    return [
      Prisma.sql`SELECT ${Prisma.raw(String(k))} AS "k", ${from} AS "fromStageId", ${to} AS "toStageId", (
        SELECT COUNT(*) FROM "StageTransition" x
        WHERE x."pipelineId" = ${scope.pipeline.id} AND x."fromStageId" ${kind.from === "none" ? Prisma.sql`IS NULL` : Prisma.sql`= ${from}`} AND x."toStageId" = ${to}
          AND x."fromStatus" ${status(kind.fromStatus)} AND x."toStatus" ${status(kind.toStatus)}
          AND x."at" >= ${sqlTimestamp(scope.from)} AND x."at" < ${sqlTimestamp(scope.to)}
      ) AS "n" FROM ${source}`,
    ];
  });
  const rows = await db.$queryRaw<{ k: unknown; fromStageId: string | null; toStageId: string; n: unknown }[]>(Prisma.sql`
    WITH ${stagesCte(scope)}${pairs.length ? Prisma.sql`, pairs("fromStageId", "toStageId") AS (VALUES ${Prisma.join(pairs)})` : Prisma.empty}
    SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) m WHERE m."n" > 0`);
  return rows.map((r) => {
    const kind = CELL_KINDS[num(r.k)];
    return { fromStageId: r.fromStageId ?? null, toStageId: r.toStageId, fromStatus: kind.fromStatus, toStatus: kind.toStatus, moves: num(r.n) };
  });
}

/** Where do deals move on, and where do they stall or turn back? */
export async function getFunnel(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<FunnelReport> {
  const scope = await resolveScope(options);
  if (scope.stages.length === 0) return { scope, stages: [], matrix: [], moves: movesByKind([], []) };
  const [counts, matrix] = await Promise.all([stageCounts(scope), transitionMatrix(scope)]);
  return { scope, stages: buildFunnel(scope.stages, counts, matrix), matrix, moves: movesByKind(scope.stages, matrix) };
}
