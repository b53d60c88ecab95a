import "server-only";
// Exponential back-off per email and client address. The first few failures cost nothing (a
// user mistyping); past them each failure doubles the wait before the next attempt from that
// address, up to MAX_DELAY_MS. It never touches other addresses: a stranger guessing someone's
// password slows only themselves, never the user signing in from their own address.
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-dialect";

/** Failures without any wait. */
export const FREE_FAILURES = 4;
export const MAX_DELAY_MS = 15 * 60_000;
/** A row is forgotten (and deleted) this long after its last failure. */
export const FORGET_AFTER_MS = 24 * 3600_000;

/** The wait after the n-th failure in a row: 0 up to FREE_FAILURES, then 1 s, 2 s, 4 s … 15 min. */
export function backoffDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1_000 * 2 ** (failures - FREE_FAILURES - 1));
}

export type BackoffClaim = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Claims one attempt: refused while the wait after the last failure runs; otherwise the attempt
 * is counted as a failure up front (with its wait), so parallel guesses cannot all slip through
 * before any of them is recorded. A successful attempt then clears the row (clearLoginBackoff).
 * Every write is a compare-and-set on the row as read, so it holds across app instances.
 */
export async function claimLoginAttempt(options: { key: string; now?: Date }): Promise<BackoffClaim> {
  const { key } = options;
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = options.now ?? new Date();
    const at = now.getTime();
    const row = await db.loginBackoff.findUnique({ where: { key } });
    if (!row) {
      try {
        await db.loginBackoff.create({ data: { key, failures: 1, retryAt: new Date(at + backoffDelayMs(1)), expiresAt: new Date(at + FORGET_AFTER_MS) } });
        return { allowed: true };
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    const forgotten = row.expiresAt.getTime() <= at;
    if (!forgotten && row.retryAt.getTime() > at) return { allowed: false, retryAfterMs: row.retryAt.getTime() - at };
    const failures = forgotten ? 1 : row.failures + 1;
    const claimed = await db.loginBackoff.updateMany({
      where: { key, failures: row.failures, retryAt: row.retryAt },
      data: { failures, retryAt: new Date(at + backoffDelayMs(failures)), expiresAt: new Date(at + FORGET_AFTER_MS) },
    });
    if (claimed.count === 1) return { allowed: true };
  }
  // Lost five races in a row: many attempts at once for one email from one address.
  return { allowed: false, retryAfterMs: 1_000 };
}

/** A successful sign-in starts the count from zero. */
export async function clearLoginBackoff(options: { key: string }): Promise<void> {
  await db.loginBackoff.deleteMany({ where: { key: options.key } });
}
