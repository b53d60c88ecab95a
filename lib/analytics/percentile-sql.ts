// The SQL twin of percentileOf (percentile.ts): nearest-rank percentiles with integer rank maths,
// read off the values aggregated in order (one sort per set; sqlSortedValues).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlJsonArray, sqlSortedValueAt, sqlSortedValues } from "@/lib/db-dialect";

/** Ranks ceil(n/2) = (n+1)/2 and ceil(9n/10) = (9n+9)/10 of a row `q` of sqlSortedValues. */
const p50 = () => sqlSortedValueAt(Prisma.sql`(q."n" + 1) / 2`);
const p90 = () => sqlSortedValueAt(Prisma.sql`(9 * q."n" + 9) / 10`);

/**
 * SQL over a relation `source` with columns "key" and "v": per key, the count n and the
 * nearest-rank median and 90th percentile of v, and its mean.
 */
export function percentilesSql(source: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT q."key", q."n", ${p50()} AS "p50", ${p90()} AS "p90", q."mean"
    FROM (SELECT x."key", ${sqlSortedValues()} FROM (${source}) x GROUP BY x."key") q`;
}

/** A scalar subquery: the JSON array [n, p50, p90, mean] of the column "v" of the rows of `values` (a SELECT). */
export function percentilesJson(values: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT ${sqlJsonArray([Prisma.sql`q."n"`, p50(), p90(), Prisma.sql`q."mean"`])} FROM (SELECT ${sqlSortedValues()} FROM (${values}) x) q)`;
}
