// The SQL twin of dayBucket (day-buckets.ts): the bucket's lower bound for a duration in days.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlFloor, sqlTimestamp } from "@/lib/db-dialect";
import { MAX_BUCKET, bucketLowerBounds } from "./day-buckets";

const DAY_MS = 86_400_000;

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
 * The day bucket of the time from a DateTime column to `now`, found by comparing the column with
 * each bucket's start instant in a balanced CASE tree: about five comparisons per row and no date
 * arithmetic, several times cheaper than dayBucketSql over a computed duration on 100k rows.
 */
export function dayBucketSinceSql(column: Prisma.Sql, now: Date): Prisma.Sql {
  const bounds = bucketLowerBounds();
  const tree = (lo: number, hi: number): Prisma.Sql => {
    if (lo === hi) return Prisma.raw(String(bounds[lo]));
    const mid = Math.ceil((lo + hi) / 2);
    const start = sqlTimestamp(new Date(now.getTime() - bounds[mid] * DAY_MS));
    return Prisma.sql`CASE WHEN ${column} <= ${start} THEN ${tree(mid, hi)} ELSE ${tree(lo, mid - 1)} END`;
  };
  return Prisma.sql`(${tree(0, bounds.length - 1)})`;
}

/**
 * Deals of similar value share a Monte Carlo group: the same number of digits and the same first
 * digit (1 000–1 999, 2 000–2 999, …), simulated at the group's exact mean value.
 */
export function valueBucketSql(value: Prisma.Sql): Prisma.Sql {
  const text = Prisma.sql`CAST(${value} AS TEXT)`;
  return Prisma.sql`(length(${text}) * 10 + CAST(substr(${text}, 1, 1) AS INTEGER))`;
}
