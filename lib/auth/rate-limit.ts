import "server-only";
import { db } from "@/lib/db";

/**
 * Fixed-window counter stored in the database, so every app instance sees the same count.
 * Returns false once `max` hits have been made within the window.
 */
export async function hitRateLimit(options: { key: string; windowMs: number; max: number }): Promise<boolean> {
  const now = new Date();
  const windowFloor = new Date(now.getTime() - options.windowMs);
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key: options.key } });
    if (!row || row.windowStart < windowFloor) {
      await tx.rateLimit.upsert({
        where: { key: options.key },
        create: { key: options.key, count: 1, windowStart: now },
        update: { count: 1, windowStart: now },
      });
      return true;
    }
    if (row.count >= options.max) return false;
    await tx.rateLimit.update({ where: { key: options.key }, data: { count: { increment: 1 } } });
    return true;
  });
}
