import "server-only";
import { db } from "@/lib/db";

/**
 * Deletes rate-limit windows that have ended and back-off rows that are forgotten. Called on every
 * sign-in attempt (lib/auth/verify-credentials.ts): both deletes are index range scans, and the
 * tables only grow when someone signs in, so they stay as small as the last day's attempts.
 * RateLimit rows from before `expiresAt` existed (null) are old enough to go too.
 */
export async function deleteExpiredThrottles(options: { now?: Date } = {}): Promise<{ rateLimits: number; backoffs: number }> {
  const now = options.now ?? new Date();
  const [rateLimits, backoffs] = await db.$transaction([
    db.rateLimit.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { expiresAt: null }] } }),
    db.loginBackoff.deleteMany({ where: { expiresAt: { lte: now } } }),
  ]);
  return { rateLimits: rateLimits.count, backoffs: backoffs.count };
}
