import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlDaysSince, sqlTimestamp } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { type AnalyticsFilters, type DrillDown, NO_SOURCE, drillDownRequestSchema } from "@/lib/validation/analytics";
import { parseInput } from "@/lib/validation/validation-error";
import { addDays, addMonths, dayOf, dayStart, monthStart } from "./periods";
import { resolveScope, type AnalyticsScope } from "./resolve-scope";
import { dealFilters, num } from "./sql";
import { nextPosition, stagesCte, visitsOfStage } from "./visits-sql";
import { loadDealsBehind, type DealBehind } from "./load-deals-behind";
import { touchBandRange } from "./attribution";
import { touchesCte } from "./touches-sql";

/** The cell as the action's schema reads it: its errors name `cell.…`, as the action's do. */
const cellSchema = drillDownRequestSchema.pick({ cell: true });

/** The most deals a drill-down lists (the total is always exact). */
export const DRILL_LIMIT = 100;

export interface DealsBehind {
  total: number;
  deals: DealBehind[];
}

const eq = (column: Prisma.Sql, value: string | null) => (value === null ? Prisma.sql`${column} IS NULL` : Prisma.sql`${column} = ${value}`);

/** SQL selecting the ids (column "id") of the deals a cell stands for. */
function idsSql(scope: AnalyticsScope, cell: DrillDown): Prisma.Sql {
  const inPeriod = (column: Prisma.Sql) => Prisma.sql`${column} >= ${sqlTimestamp(scope.from)} AND ${column} < ${sqlTimestamp(scope.to)}`;
  const pipeline = Prisma.sql`d."pipelineId" = ${scope.pipeline.id} ${dealFilters(scope)}`;
  switch (cell.kind) {
    case "lost": {
      const where = [
        cell.stageId ? Prisma.sql`AND t."fromStageId" = ${cell.stageId}` : Prisma.empty,
        cell.reasonId !== undefined ? Prisma.sql`AND ${eq(Prisma.sql`t."lossReasonId"`, cell.reasonId)}` : Prisma.empty,
        cell.source !== undefined ? Prisma.sql`AND ${eq(Prisma.sql`d."source"`, cell.source)}` : Prisma.empty,
        cell.ownerId ? Prisma.sql`AND d."ownerId" = ${cell.ownerId}` : Prisma.empty,
        cell.week ? Prisma.sql`AND ${inWeek(scope, cell.week)}` : Prisma.empty,
      ];
      return Prisma.sql`
        SELECT d."id", d."closedAt" AS "sortAt" FROM "Deal" d
        JOIN "StageTransition" t ON t."dealId" = d."id" AND t."toStatus" = 'LOST'
          AND NOT EXISTS (SELECT 1 FROM "StageTransition" n WHERE n."dealId" = t."dealId" AND n."at" > t."at")
        WHERE ${pipeline} AND d."status" = 'LOST' AND ${inPeriod(Prisma.sql`d."closedAt"`)} ${Prisma.join(where, " ")}`;
    }
    case "transition":
      return Prisma.sql`
        SELECT d."id", MAX(t."at") AS "sortAt" FROM "StageTransition" t JOIN "Deal" d ON d."id" = t."dealId"
        WHERE ${pipeline} AND t."pipelineId" = ${scope.pipeline.id} AND ${inPeriod(Prisma.sql`t."at"`)}
          AND ${eq(Prisma.sql`t."fromStageId"`, cell.fromStageId)} AND ${eq(Prisma.sql`t."toStageId"`, cell.toStageId)}
          AND ${cell.fromStatus === null ? Prisma.sql`t."fromStatus" IS NULL` : Prisma.sql`t."fromStatus" = ${Prisma.raw(`'${cell.fromStatus}'`)}`}
          AND t."toStatus" = ${Prisma.raw(`'${cell.toStatus}'`)}
        GROUP BY d."id"`;
    case "funnel":
      return funnelIdsSql(scope, cell.stageId, cell.outcome);
    case "stuck":
      return Prisma.sql`
        SELECT d."id", d."stageEnteredAt" AS "sortAt" FROM "Deal" d JOIN "Stage" s ON s."id" = d."stageId"
        WHERE ${pipeline} AND d."status" = 'OPEN' AND d."stageId" = ${cell.stageId}
          AND s."rottingDays" IS NOT NULL AND ${sqlDaysSince(Prisma.sql`d."stageEnteredAt"`, scope.now)} > s."rottingDays"`;
    case "channel":
      return Prisma.sql`
        SELECT d."id", d."createdAt" AS "sortAt" FROM "Deal" d
        WHERE ${pipeline} AND ${inPeriod(Prisma.sql`d."createdAt"`)} AND ${eq(Prisma.sql`d."source"`, cell.source === NO_SOURCE ? null : cell.source)}
          ${cell.status ? Prisma.sql`AND d."status" = ${Prisma.raw(`'${cell.status}'`)}` : Prisma.empty}`;
    case "expected":
      return expectedIdsSql(scope, cell.month);
    case "attribution":
      return Prisma.sql`
        WITH ${touchesCte(scope)}
        SELECT w."id", w."closedAt" AS "sortAt" FROM won w
        WHERE EXISTS (SELECT 1 FROM touches t WHERE t."dealId" = w."id" AND t."channel" = ${cell.channel})`;
    case "touches": {
      const { min, max } = touchBandRange(cell.band);
      return Prisma.sql`
        WITH ${touchesCte(scope)}
        SELECT w."id", w."closedAt" AS "sortAt" FROM won w JOIN touches t ON t."dealId" = w."id" AND t."k" = 1
        WHERE t."n" >= ${Prisma.raw(String(min))} ${max === null ? Prisma.empty : Prisma.sql`AND t."n" <= ${Prisma.raw(String(max))}`}`;
    }
    case "cohort": {
      const start = monthStart(cell.month, scope.offsetMinutes);
      const end = monthStart(addMonths(cell.month, 1), scope.offsetMinutes);
      return Prisma.sql`
        SELECT d."id", d."createdAt" AS "sortAt" FROM "Deal" d
        WHERE ${pipeline} AND ${inPeriod(Prisma.sql`d."createdAt"`)}
          AND d."createdAt" >= ${sqlTimestamp(start)} AND d."createdAt" < ${sqlTimestamp(end)}
          ${cell.status ? Prisma.sql`AND d."status" = ${Prisma.raw(`'${cell.status}'`)}` : Prisma.empty}
          ${cell.stageId ? Prisma.sql`AND d."stageId" = ${cell.stageId}` : Prisma.empty}`;
    }
  }
}

/** The loss happened in the week starting on `monday` (display time zone). */
function inWeek(scope: AnalyticsScope, monday: string): Prisma.Sql {
  const from = dayStart(monday, scope.offsetMinutes);
  const to = dayStart(addDays(monday, 7), scope.offsetMinutes);
  return Prisma.sql`t."at" >= ${sqlTimestamp(from)} AND t."at" < ${sqlTimestamp(to)}`;
}

function funnelIdsSql(scope: AnalyticsScope, stageId: string, outcome: "entered" | "advanced" | "lost" | "back" | "here"): Prisma.Sql {
  const stage = scope.stages.find((s) => s.id === stageId)!;
  const next = nextPosition(scope);
  const having = {
    entered: Prisma.empty,
    advanced: Prisma.sql`AND MAX(CASE WHEN v."nextStatus" = 'WON' OR (v."nextStatus" = 'OPEN' AND ${next} > ${Prisma.raw(String(stage.position))}) THEN 1 ELSE 0 END) = 1`,
    back: Prisma.sql`AND MAX(CASE WHEN v."nextStatus" = 'OPEN' AND ${next} < ${Prisma.raw(String(stage.position))} THEN 1 ELSE 0 END) = 1`,
    lost: Prisma.empty,
    here: Prisma.empty,
  }[outcome];
  const now = { lost: Prisma.sql`AND d."status" = 'LOST' AND d."stageId" = ${stageId}`, here: Prisma.sql`AND d."status" = 'OPEN' AND d."stageId" = ${stageId}` };
  return Prisma.sql`
    WITH ${stagesCte(scope)},
    per_deal AS (
      SELECT v."dealId", MIN(v."enteredAt") AS "sortAt" FROM stages s, ${visitsOfStage(scope, {})} AND s."stageId" = ${stageId}
      GROUP BY v."dealId"
      HAVING MAX(CASE WHEN v."entry" = TRUE AND v."enteredAt" < ${sqlTimestamp(scope.to)} THEN 1 ELSE 0 END) = 1 ${having}
    )
    SELECT d."id", p."sortAt" FROM per_deal p JOIN "Deal" d ON d."id" = p."dealId"
    WHERE 1 = 1 ${outcome === "lost" || outcome === "here" ? now[outcome] : Prisma.empty}`;
}

function expectedIdsSql(scope: AnalyticsScope, month: string): Prisma.Sql {
  const open = Prisma.sql`d."pipelineId" = ${scope.pipeline.id} AND d."status" = 'OPEN' ${dealFilters(scope)}`;
  const current = monthStart(dayOf(scope.now, scope.offsetMinutes).slice(0, 7), scope.offsetMinutes);
  if (month === "none") return Prisma.sql`SELECT d."id", d."createdAt" AS "sortAt" FROM "Deal" d WHERE ${open} AND d."expectedCloseAt" IS NULL`;
  if (month === "overdue") {
    return Prisma.sql`SELECT d."id", d."expectedCloseAt" AS "sortAt" FROM "Deal" d WHERE ${open} AND d."expectedCloseAt" < ${sqlTimestamp(current)}`;
  }
  const start = monthStart(month, scope.offsetMinutes);
  const end = monthStart(addMonths(month, 1), scope.offsetMinutes);
  return Prisma.sql`SELECT d."id", d."expectedCloseAt" AS "sortAt" FROM "Deal" d
    WHERE ${open} AND d."expectedCloseAt" >= ${sqlTimestamp(start)} AND d."expectedCloseAt" < ${sqlTimestamp(end)}`;
}

/** The deals behind a clicked bar or cell (newest first, at most DRILL_LIMIT), with their "why". */
export async function listDealsBehind(options: { actor: Actor; filters: AnalyticsFilters; cell: DrillDown; now?: Date }): Promise<DealsBehind> {
  const scope = await resolveScope(options);
  // The action checked the cell; checked again so no caller reaches a month like "2026-13".
  const { cell } = parseInput(cellSchema, { cell: options.cell });
  if (cell.kind === "funnel" || cell.kind === "stuck") {
    if (!scope.stages.some((s) => s.id === cell.stageId)) throw new AppError("NOT_FOUND", "This stage is not in the pipeline.");
  }
  const ids = Prisma.sql`(${idsSql(scope, cell)})`;
  const [count, page] = await Promise.all([
    db.$queryRaw<{ n: unknown }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM ${ids} x`),
    db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT x."id" FROM ${ids} x ORDER BY x."sortAt" DESC, x."id" LIMIT ${Prisma.raw(String(DRILL_LIMIT))}`),
  ]);
  return { total: num(count[0]?.n), deals: await loadDealsBehind(page.map((p) => p.id)) };
}
