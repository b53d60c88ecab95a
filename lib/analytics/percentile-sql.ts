// The SQL twin of percentileOf (percentile.ts): nearest-rank percentiles with integer rank maths.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * SQL over a relation `source` with columns "key" and "v": per key, the count n and the
 * nearest-rank median and 90th percentile of v (rank ceil(n/2) = (n+1)/2, ceil(9n/10) = (9n+9)/10).
 */
export function percentilesSql(source: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT r."key", MAX(r."n") AS "n",
      MAX(CASE WHEN r."rn" = (r."n" + 1) / 2 THEN r."v" END) AS "p50",
      MAX(CASE WHEN r."rn" = (9 * r."n" + 9) / 10 THEN r."v" END) AS "p90",
      AVG(r."v") AS "mean"
    FROM (
      SELECT x."key", x."v", ROW_NUMBER() OVER (PARTITION BY x."key" ORDER BY x."v") AS "rn", COUNT(*) OVER (PARTITION BY x."key") AS "n"
      FROM (${source}) x
    ) r
    GROUP BY r."key"`;
}
