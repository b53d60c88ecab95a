import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlTimestamp, sqlWeek } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { weeksBetween } from "./periods";
import { resolveScope, type AnalyticsScope } from "./resolve-scope";
import { type LeakViews, type LossGroup, rollUpLeaks } from "./leak-rollup";
import { dealFilters, num, otherCurrency, valueInCurrency } from "./sql";

export interface LeakReport extends LeakViews {
  scope: AnalyticsScope;
  /** Lost deals in another currency than the pipeline's: counted, not in the amounts. */
  otherCurrencyDeals: number;
}

interface Row {
  stageId: string | null;
  reasonId: string | null;
  source: string | null;
  ownerId: string;
  week: string;
  deals: unknown;
  value: unknown;
  other: unknown;
}

/**
 * The final losses of the period (a deal lost and later reopened is not a leak): one group per
 * stage × reason × source × owner × week, from each lost deal's last transition — the move to
 * Lost, with the stage the deal was in and the reason given then.
 */
export async function lossGroups(scope: AnalyticsScope): Promise<Row[]> {
  return db.$queryRaw<Row[]>(Prisma.sql`
    SELECT t."fromStageId" AS "stageId", t."lossReasonId" AS "reasonId", d."source" AS "source", d."ownerId" AS "ownerId",
      ${sqlWeek(Prisma.sql`t."at"`, scope.offsetMinutes)} AS "week",
      COUNT(*) AS "deals", SUM(${valueInCurrency(scope)}) AS "value", SUM(${otherCurrency(scope)}) AS "other"
    FROM "Deal" d
    JOIN "StageTransition" t ON t."dealId" = d."id" AND t."toStatus" = 'LOST'
      AND NOT EXISTS (SELECT 1 FROM "StageTransition" n WHERE n."dealId" = t."dealId" AND n."at" > t."at")
    WHERE d."pipelineId" = ${scope.pipeline.id} AND d."status" = 'LOST'
      AND d."closedAt" >= ${sqlTimestamp(scope.from)} AND d."closedAt" < ${sqlTimestamp(scope.to)} ${dealFilters(scope)}
    GROUP BY t."fromStageId", t."lossReasonId", d."source", d."ownerId", 5`);
}

/** Where do we lose deals, and why: losses by stage, source and owner, split by loss reason, and by week. */
export async function getLeaks(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<LeakReport> {
  const scope = await resolveScope(options);
  const rows = await lossGroups(scope);
  const groups: LossGroup[] = rows.map((r) => ({
    stageId: r.stageId,
    reasonId: r.reasonId,
    source: r.source,
    ownerId: r.ownerId,
    week: r.week,
    deals: num(r.deals),
    value: num(r.value),
  }));
  const [reasons, owners] = await Promise.all([
    db.lossReason.findMany({ orderBy: { position: "asc" }, select: { id: true, label: true } }),
    db.user.findMany({ where: { id: { in: [...new Set(groups.map((g) => g.ownerId))] } }, select: { id: true, name: true } }),
  ]);
  const views = rollUpLeaks(groups, {
    stages: scope.stages.map((s) => ({ id: s.id, label: s.name })),
    reasons,
    owners: owners.map((o) => ({ id: o.id, label: o.name })),
    weeks: weeksBetween(scope.fromDay, scope.toDay),
    noReason: "—",
    noSource: "—",
  });
  return { ...views, scope, otherCurrencyDeals: rows.reduce((s, r) => s + num(r.other), 0) };
}
