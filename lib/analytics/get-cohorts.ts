import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlMonth, sqlTimestamp } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { monthsBetween } from "./periods";
import { resolveScope, type AnalyticsScope } from "./resolve-scope";
import { dealFilters, num } from "./sql";

export interface Cohort {
  /** "YYYY-MM" the deals were created in. */
  month: string;
  deals: number;
  won: number;
  lost: number;
  /** Deals still open, by the stage they are in now. */
  openByStage: Record<string, number>;
}

export interface CohortReport {
  scope: AnalyticsScope;
  cohorts: Cohort[];
}

/** Deals created in each month of the period: where are they now? */
export async function getCohorts(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<CohortReport> {
  const scope = await resolveScope(options);
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT ${sqlMonth(Prisma.sql`d."createdAt"`, scope.offsetMinutes)} AS "month", d."status", d."stageId", COUNT(*) AS "n"
    FROM "Deal" d
    WHERE d."pipelineId" = ${scope.pipeline.id} AND d."createdAt" >= ${sqlTimestamp(scope.from)} AND d."createdAt" < ${sqlTimestamp(scope.to)}
      ${dealFilters(scope)}
    GROUP BY 1, d."status", d."stageId"`);
  const cohorts = new Map<string, Cohort>(
    monthsBetween(scope.fromDay, scope.toDay).map((month) => [month, { month, deals: 0, won: 0, lost: 0, openByStage: {} }]),
  );
  for (const r of rows) {
    const cohort = cohorts.get(r.month as string);
    if (!cohort) continue;
    const n = num(r.n);
    cohort.deals += n;
    if (r.status === "WON") cohort.won += n;
    else if (r.status === "LOST") cohort.lost += n;
    else cohort.openByStage[r.stageId as string] = (cohort.openByStage[r.stageId as string] ?? 0) + n;
  }
  return { scope, cohorts: [...cohorts.values()] };
}
