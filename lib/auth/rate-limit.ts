import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-dialect";

/**
 * Fixed-window counter stored in the database, so every app instance sees the same count.
 * Returns false once `max` hits have been made within the window. Each write is conditional
 * (a hit counts only while the window is the one read and under `max`; a restart only if nobody
 * restarted first), so instances counting at once neither lose hits nor let more than `max` in.
 */
export async function hitRateLimit(options: { key: string; windowMs: number; max: number }): Promise<boolean> {
  const { key, max } = options;
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = new Date();
    const row = await db.rateLimit.findUnique({ where: { key } });
    if (!row) {
      try {
        await db.rateLimit.create({ data: { key, count: 1, windowStart: now } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) continue; // another instance created it first: count again
        throw error;
      }
    }
    const expired = row.windowStart.getTime() <= now.getTime() - options.windowMs;
    if (!expired) {
      if (row.count >= max) return false;
      // One statement that both checks and counts (the database re-checks `count < max` on the
      // row as it is when the write lands), so hits made at once do not spoil each other's write.
      const counted = await db.rateLimit.updateMany({
        where: { key, windowStart: row.windowStart, count: { lt: max } },
        data: { count: { increment: 1 } },
      });
      if (counted.count === 1) return true;
      continue; // the window filled up or was restarted meanwhile: read again
    }
    // Only one instance restarts an expired window; the others see the new window and count in it.
    const restarted = await db.rateLimit.updateMany({
      where: { key, windowStart: row.windowStart },
      data: { count: 1, windowStart: now },
    });
    if (restarted.count === 1) return true;
  }
  // Five lost races in a row means heavy traffic on one key: refusing is the safe answer.
  return false;
}
