import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlDaysSince, sqlTimestamp } from "@/lib/db-dialect";
import { MAX_BUCKET, bucketLowerBounds, dayBucket } from "./day-buckets";
import { dayBucketSinceSql, dayBucketSql } from "./day-buckets-sql";

const DAY = 86_400_000;
const now = new Date("2026-05-01T09:00:00.000Z");
// Every bucket edge, a second either side of it, fractions, the future and far past.
const durations = [
  ...bucketLowerBounds().flatMap((b) => [b, b - 1 / 86_400, b + 1 / 86_400, b + 0.5]),
  -3, 0, 0.25, 2.9, 400.7, MAX_BUCKET * 3,
];

async function bucketsInSql(days: number[], bucket: (entered: Date) => Prisma.Sql): Promise<number[]> {
  const rows = await db.$queryRaw<{ b: unknown }[]>(
    Prisma.sql`${Prisma.join(days.map((d, i) => Prisma.sql`SELECT ${Prisma.raw(String(i))} AS "i", ${bucket(new Date(now.getTime() - Math.round(d * DAY)))} AS "b"`), " UNION ALL ")} ORDER BY 1`,
  );
  return rows.map((r) => Number(r.b));
}

describe("day buckets in SQL", () => {
  it("compares the start with each bucket's start instant and agrees with dayBucket", async () => {
    const expected = durations.map((d) => dayBucket(Math.round(d * DAY) / DAY));
    expect(await bucketsInSql(durations, (entered) => dayBucketSinceSql(sqlTimestamp(entered), now))).toEqual(expected);
  });

  it("buckets a computed duration and agrees with dayBucket away from the edges", async () => {
    const inner = durations.filter((d) => bucketLowerBounds().every((b) => Math.abs(d - b) > 1e-3));
    const expected = inner.map((d) => dayBucket(d));
    expect(await bucketsInSql(inner, (entered) => dayBucketSql(sqlDaysSince(sqlTimestamp(entered), now)))).toEqual(expected);
  });
});
