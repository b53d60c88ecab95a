// The SQL twin of dayBucket (day-buckets.ts): the bucket's lower bound for a duration in days.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlFloor } from "@/lib/db-dialect";
import { MAX_BUCKET } from "./day-buckets";

export function dayBucketSql(days: Prisma.Sql): Prisma.Sql {
  const x = Prisma.sql`(${days})`;
  return Prisma.sql`(CASE
    WHEN ${x} < 0 THEN 0
    WHEN ${x} < 14 THEN ${sqlFloor(x)}
    WHEN ${x} < 56 THEN 14 + ${sqlFloor(Prisma.sql`(${x} - 14) / 7`)} * 7
    WHEN ${x} < 364 THEN 56 + ${sqlFloor(Prisma.sql`(${x} - 56) / 28`)} * 28
    WHEN ${x} < ${Prisma.raw(String(MAX_BUCKET))} THEN 364 + ${sqlFloor(Prisma.sql`(${x} - 364) / 182`)} * 182
    ELSE ${Prisma.raw(String(MAX_BUCKET))} END)`;
}

/**
 * Deals of similar value share a Monte Carlo group: the same number of digits and the same first
 * digit (1 000–1 999, 2 000–2 999, …), simulated at the group's exact mean value.
 */
export function valueBucketSql(value: Prisma.Sql): Prisma.Sql {
  const text = Prisma.sql`CAST(${value} AS TEXT)`;
  return Prisma.sql`(length(${text}) * 10 + CAST(substr(${text}, 1, 1) AS INTEGER))`;
}
