import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-dialect";

export type RateLimitResult =
  /** Counted in the window that started at `windowStart` (what refundRateLimit needs). */
  | { allowed: true; windowStart: Date }
  | { allowed: false; retryAfterMs: number };

/**
 * Fixed-window counter stored in the database, so every app instance sees the same count.
 * Refuses once `max` hits have been made within the window. Each write is conditional (a hit
 * counts only while the window is the one read and under `max`; a restart only if nobody
 * restarted first), so instances counting at once neither lose hits nor let more than `max` in.
 * Every row carries the end of its window (`expiresAt`) for deleteExpiredThrottles.
 */
export async function takeRateLimit(options: { key: string; windowMs: number; max: number; now?: Date }): Promise<RateLimitResult> {
  const { key, max, windowMs } = options;
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = options.now ?? new Date();
    const expiresAt = new Date(now.getTime() + windowMs);
    const row = await db.rateLimit.findUnique({ where: { key } });
    if (!row) {
      try {
        await db.rateLimit.create({ data: { key, count: 1, windowStart: now, expiresAt } });
        return { allowed: true, windowStart: now };
      } catch (error) {
        if (isUniqueViolation(error)) continue; // another instance created it first: count again
        throw error;
      }
    }
    const windowEnd = row.windowStart.getTime() + windowMs;
    if (windowEnd > now.getTime()) {
      if (row.count >= max) return { allowed: false, retryAfterMs: windowEnd - now.getTime() };
      // One statement that both checks and counts (the database re-checks `count < max` on the
      // row as it is when the write lands), so hits made at once do not spoil each other's write.
      const counted = await db.rateLimit.updateMany({
        where: { key, windowStart: row.windowStart, count: { lt: max } },
        data: { count: { increment: 1 }, expiresAt: new Date(windowEnd) },
      });
      if (counted.count === 1) return { allowed: true, windowStart: row.windowStart };
      continue; // the window filled up or was restarted meanwhile: read again
    }
    // Only one instance restarts an expired window; the others see the new window and count in it.
    const restarted = await db.rateLimit.updateMany({
      where: { key, windowStart: row.windowStart },
      data: { count: 1, windowStart: now, expiresAt },
    });
    if (restarted.count === 1) return { allowed: true, windowStart: now };
  }
  // Five lost races in a row means heavy traffic on one key: refusing is the safe answer.
  return { allowed: false, retryAfterMs: 1_000 };
}

/** takeRateLimit as a yes/no. */
export async function hitRateLimit(options: { key: string; windowMs: number; max: number; now?: Date }): Promise<boolean> {
  return (await takeRateLimit(options)).allowed;
}

/**
 * Gives back a hit that turned out not to count (a successful sign-in), in the window it was
 * counted in: a window restarted meanwhile is left alone, and the count never goes below zero.
 */
export async function refundRateLimit(options: { key: string; windowStart: Date }): Promise<void> {
  await db.rateLimit.updateMany({
    where: { key: options.key, windowStart: options.windowStart, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}
