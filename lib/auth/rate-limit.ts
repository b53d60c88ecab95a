import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-dialect";

/**
 * Fixed-window counter stored in the database, so every app instance sees the same count.
 * Returns false once `max` hits have been made within the window. Each write is conditional on
 * the row it read (compare-and-set), so two instances counting at once never lose a hit.
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
    if (!expired && row.count >= max) return false;
    const written = await db.rateLimit.updateMany({
      where: { key, windowStart: row.windowStart, count: row.count },
      data: expired ? { count: 1, windowStart: now } : { count: { increment: 1 } },
    });
    if (written.count === 1) return true;
  }
  // Five lost races in a row means heavy traffic on one key: refusing is the safe answer.
  return false;
}
