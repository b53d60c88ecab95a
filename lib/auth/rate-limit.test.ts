import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { hitRateLimit, refundRateLimit, takeRateLimit } from "@/lib/auth/rate-limit";
import { deleteExpiredThrottles } from "@/lib/auth/delete-expired-throttles";

const MINUTE = 60_000;
const hit = (key: string, max = 3, windowMs = MINUTE) => hitRateLimit({ key, windowMs, max });

/** How many times `n` hits in a row were allowed. */
async function hitsInARow(key: string, n: number, max = 3): Promise<boolean[]> {
  const results: boolean[] = [];
  for (let i = 0; i < n; i++) results.push(await hit(key, max));
  return results;
}

/** Moves the key's window into the past, as if `ms` had gone by. */
async function age(key: string, ms: number): Promise<void> {
  const row = await db.rateLimit.findUniqueOrThrow({ where: { key } });
  await db.rateLimit.update({ where: { key }, data: { windowStart: new Date(row.windowStart.getTime() - ms) } });
}

beforeEach(async () => {
  await resetDatabase(db);
});

describe("hitRateLimit", () => {
  it("allows max hits in a window, then refuses without counting further", async () => {
    expect(await hitsInARow("login:anna@voronka.test", 5)).toEqual([true, true, true, false, false]);
    expect(await db.rateLimit.findUniqueOrThrow({ where: { key: "login:anna@voronka.test" } })).toMatchObject({ count: 3 });
  });

  it("opens a new window once windowMs has passed since the window started", async () => {
    const key = "login:oleg@voronka.test";
    expect(await hitsInARow(key, 4)).toEqual([true, true, true, false]);

    // Not quite over: still refused.
    await age(key, MINUTE - 5_000);
    expect(await hit(key)).toBe(false);

    await age(key, 5_000);
    const before = Date.now();
    expect(await hitsInARow(key, 4)).toEqual([true, true, true, false]);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key } });
    expect(row.count).toBe(3);
    expect(row.windowStart.getTime()).toBeGreaterThanOrEqual(before - 1_000);
  });

  it("counts each key on its own", async () => {
    expect(await hitsInARow("login:a", 4)).toEqual([true, true, true, false]);
    expect(await hitsInARow("login:b", 2)).toEqual([true, true]);
    expect(await hit("ip:10.0.0.1")).toBe(true);
    expect(await hit("login:a")).toBe(false);
    expect(await hit("login:b")).toBe(true);
    expect(await hit("login:b")).toBe(false);
    const rows = await db.rateLimit.findMany({ orderBy: { key: "asc" }, select: { key: true, count: true } });
    expect(rows).toEqual([
      { key: "ip:10.0.0.1", count: 1 },
      { key: "login:a", count: 3 },
      { key: "login:b", count: 3 },
    ]);
  });

  it("30 hits at once with max 10: exactly 10 allowed, the count is exactly 10", async () => {
    const key = "login:burst@voronka.test";
    const results = await Promise.all(Array.from({ length: 30 }, () => hit(key, 10)));
    expect(results.filter(Boolean)).toHaveLength(10);
    expect(results.filter((r) => !r)).toHaveLength(20);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(10);
  });

  it("30 hits at once into an expired window: exactly 10 allowed in the new window", async () => {
    const key = "login:again@voronka.test";
    expect(await hitsInARow(key, 11, 10)).toEqual([...Array(10).fill(true), false]);
    await age(key, MINUTE);
    const results = await Promise.all(Array.from({ length: 30 }, () => hit(key, 10)));
    expect(results.filter(Boolean)).toHaveLength(10);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(10);
  });

  it("stamps each row with the end of its window and says how long a refused caller waits", async () => {
    const t0 = new Date("2026-06-01T09:00:00.000Z");
    const key = "login:ip:192.0.2.1";
    expect(await takeRateLimit({ key, windowMs: MINUTE, max: 1, now: t0 })).toEqual({ allowed: true, windowStart: t0 });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).expiresAt).toEqual(new Date(t0.getTime() + MINUTE));
    expect(await takeRateLimit({ key, windowMs: MINUTE, max: 1, now: new Date(t0.getTime() + 20_000) })).toEqual({ allowed: false, retryAfterMs: 40_000 });
    const later = new Date(t0.getTime() + MINUTE);
    expect(await takeRateLimit({ key, windowMs: MINUTE, max: 1, now: later })).toEqual({ allowed: true, windowStart: later });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).expiresAt).toEqual(new Date(later.getTime() + MINUTE));
  });

  it("a refund gives a hit back in its own window only, never below zero", async () => {
    const t0 = new Date("2026-06-01T09:00:00.000Z");
    const key = "login:ip:192.0.2.2";
    const first = await takeRateLimit({ key, windowMs: MINUTE, max: 2, now: t0 });
    expect(first.allowed).toBe(true);
    const { windowStart } = first as { windowStart: Date };
    await takeRateLimit({ key, windowMs: MINUTE, max: 2, now: t0 });
    expect((await takeRateLimit({ key, windowMs: MINUTE, max: 2, now: t0 })).allowed).toBe(false);
    await refundRateLimit({ key, windowStart });
    expect((await takeRateLimit({ key, windowMs: MINUTE, max: 2, now: t0 })).allowed).toBe(true);
    // A refund for a window that has been restarted since leaves the new window alone.
    const later = new Date(t0.getTime() + MINUTE);
    await takeRateLimit({ key, windowMs: MINUTE, max: 2, now: later });
    await refundRateLimit({ key, windowStart });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(1);
    await refundRateLimit({ key, windowStart: later });
    await refundRateLimit({ key, windowStart: later });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(0);
  });

  it("deleteExpiredThrottles drops ended windows, forgotten back-offs and rows from before expiresAt", async () => {
    const now = new Date("2026-06-01T09:00:00.000Z");
    const at = (ms: number) => new Date(now.getTime() + ms);
    await db.rateLimit.createMany({
      data: [
        { key: "ended", count: 3, windowStart: at(-2 * MINUTE), expiresAt: at(-MINUTE) },
        { key: "ends-now", count: 3, windowStart: at(-MINUTE), expiresAt: now },
        { key: "legacy", count: 3, windowStart: at(-MINUTE) },
        { key: "running", count: 3, windowStart: at(-1), expiresAt: at(MINUTE - 1) },
      ],
    });
    await db.loginBackoff.createMany({
      data: [
        { key: "forgotten", failures: 9, retryAt: at(-MINUTE), expiresAt: at(-1) },
        { key: "remembered", failures: 9, retryAt: at(-MINUTE), expiresAt: at(1) },
      ],
    });
    expect(await deleteExpiredThrottles({ now })).toEqual({ rateLimits: 3, backoffs: 1 });
    expect((await db.rateLimit.findMany()).map((row) => row.key)).toEqual(["running"]);
    expect((await db.loginBackoff.findMany()).map((row) => row.key)).toEqual(["remembered"]);
    expect(await deleteExpiredThrottles({ now })).toEqual({ rateLimits: 0, backoffs: 0 });
  });
});
