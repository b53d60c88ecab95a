import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlDaysBetween, sqlTimestamp } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { resolveScope, type AnalyticsScope } from "@/lib/analytics/resolve-scope";
import { dealFilters, num, valueInCurrency } from "@/lib/analytics/sql";
import { type Velocity, type VelocityInputs, salesVelocity } from "./velocity";

export interface VelocityReport {
  scope: AnalyticsScope;
  team: Velocity;
  owners: ({ ownerId: string; name: string } & Velocity)[];
}

/** Open deals now per owner. */
async function openByOwner(scope: AnalyticsScope): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT d."ownerId", COUNT(*) AS "n" FROM "Deal" d
    WHERE d."pipelineId" = ${scope.pipeline.id} AND d."status" = 'OPEN' ${dealFilters(scope)}
    GROUP BY d."ownerId"`);
  return new Map(rows.map((r) => [r.ownerId as string, num(r.n)]));
}

/** Deals closed in the period per owner: won and lost counts, won value and cycle days. */
async function closedByOwner(scope: AnalyticsScope): Promise<Map<string, Omit<VelocityInputs, "openDeals">>> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT d."ownerId", d."status", COUNT(*) AS "n", SUM(${valueInCurrency(scope)}) AS "value",
      SUM(CASE WHEN d."currency" = ${scope.currency} THEN 1 ELSE 0 END) AS "mine",
      SUM(${sqlDaysBetween(Prisma.sql`d."createdAt"`, Prisma.sql`d."closedAt"`)}) AS "days"
    FROM "Deal" d
    WHERE d."pipelineId" = ${scope.pipeline.id} AND d."status" IN ('WON', 'LOST')
      AND d."closedAt" >= ${sqlTimestamp(scope.from)} AND d."closedAt" < ${sqlTimestamp(scope.to)} ${dealFilters(scope)}
    GROUP BY d."ownerId", d."status"`);
  const out = new Map<string, Omit<VelocityInputs, "openDeals">>();
  for (const r of rows) {
    const entry = out.get(r.ownerId as string) ?? { won: 0, lost: 0, wonInCurrency: 0, wonValue: 0, wonCycleDays: 0 };
    if (r.status === "WON") Object.assign(entry, { won: num(r.n), wonInCurrency: num(r.mine), wonValue: num(r.value), wonCycleDays: num(r.days) });
    else entry.lost = num(r.n);
    out.set(r.ownerId as string, entry);
  }
  return out;
}

/** How much revenue does the pipeline produce per day at the pace of the period? */
export async function getVelocity(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<VelocityReport> {
  const scope = await resolveScope(options);
  const [open, closed] = await Promise.all([openByOwner(scope), closedByOwner(scope)]);
  const ids = [...new Set([...open.keys(), ...closed.keys()])];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const inputs = (id: string): VelocityInputs => ({ openDeals: open.get(id) ?? 0, ...(closed.get(id) ?? { won: 0, lost: 0, wonInCurrency: 0, wonValue: 0, wonCycleDays: 0 }) });
  const team = ids.map(inputs).reduce<VelocityInputs>(
    (t, v) => ({
      openDeals: t.openDeals + v.openDeals,
      won: t.won + v.won,
      lost: t.lost + v.lost,
      wonInCurrency: t.wonInCurrency + v.wonInCurrency,
      wonValue: t.wonValue + v.wonValue,
      wonCycleDays: t.wonCycleDays + v.wonCycleDays,
    }),
    { openDeals: 0, won: 0, lost: 0, wonInCurrency: 0, wonValue: 0, wonCycleDays: 0 },
  );
  return { scope, team: salesVelocity(team), owners: users.map((u) => ({ ownerId: u.id, name: u.name, ...salesVelocity(inputs(u.id)) })) };
}
