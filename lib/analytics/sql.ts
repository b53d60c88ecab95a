// Shared pieces of the analytics SQL: the deal filters of a scope, money in the pipeline's
// currency, and number normalization (COUNT/SUM come back as bigint, Decimal or string).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { NO_SOURCE } from "@/lib/validation/analytics";
import type { AnalyticsScope } from "./resolve-scope";

/** A number from whatever the driver returned for a count, sum or average (null → 0). */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}

/** A number, or null when SQL said NULL (an average of nothing). */
export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/**
 * `AND …` conditions for the scope's owner and source filters on the alias `d` (a Deal), or on
 * another table's alias carrying the deal's "ownerId" and "source" (StageVisit).
 */
export function dealFilters(scope: AnalyticsScope, alias: "d" | "v" = "d"): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const parts: Prisma.Sql[] = [];
  if (scope.ownerId) parts.push(Prisma.sql`AND ${column("ownerId")} = ${scope.ownerId}`);
  if (scope.source === NO_SOURCE) parts.push(Prisma.sql`AND ${column("source")} IS NULL`);
  else if (scope.source) parts.push(Prisma.sql`AND ${column("source")} = ${scope.source}`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

/** True when the scope filters deals (so queries must join Deal even when they need no column of it). */
export function filtersDeals(scope: AnalyticsScope): boolean {
  return Boolean(scope.ownerId || scope.source);
}

/** The deal's value when it is in the pipeline's currency, else 0 (amounts are never mixed). */
export function valueInCurrency(scope: AnalyticsScope): Prisma.Sql {
  return Prisma.sql`CASE WHEN d."currency" = ${scope.currency} THEN d."value" ELSE 0 END`;
}

/** 1 when the deal's currency is not the pipeline's (to count what the amounts leave out). */
export function otherCurrency(scope: AnalyticsScope): Prisma.Sql {
  return Prisma.sql`CASE WHEN d."currency" = ${scope.currency} THEN 0 ELSE 1 END`;
}
