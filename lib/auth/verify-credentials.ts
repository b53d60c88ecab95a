import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/accounts/password-hash";
import { throttleAddress } from "./client-ip";
import { deleteExpiredThrottles } from "./delete-expired-throttles";
import { claimLoginAttempt, clearLoginBackoff } from "./login-backoff";
import { refundRateLimit, takeRateLimit } from "./rate-limit";
import { hasControlCharacters } from "@/lib/validation/text";

const IP_WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins one client address may make per window, whatever the emails. */
export const MAX_FAILURES_PER_IP = 30;
/** Longer than any real address: not worth a database row. */
const MAX_EMAIL_LENGTH = 320;

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
  role: string;
}

export type CredentialsResult =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number };

const INVALID = { ok: false, reason: "invalid" } as const;

/**
 * Checks an email + password, throttling failures only, in the shared database:
 * - per client address and email, an exponential back-off (login-backoff.ts), so guessing one
 *   user's password stays slow while the user, from their own address, is never held up by it;
 * - per client address, MAX_FAILURES_PER_IP failures per 15 minutes across all emails, against
 *   password spraying.
 * Each attempt is counted before the password is checked (parallel guesses cannot outrun the
 * count) and given back when it succeeds: successful sign-ins never count.
 */
export async function verifyCredentials(options: { email: string; password: string; ip: string; now?: Date }): Promise<CredentialsResult> {
  const email = options.email.trim().toLowerCase();
  // A control character (NUL: PostgreSQL refuses it in a query) can be in no stored email.
  if (!email || !options.password || email.length > MAX_EMAIL_LENGTH || hasControlCharacters(email)) return INVALID;
  const now = options.now ?? new Date();
  await deleteExpiredThrottles({ now });

  const address = throttleAddress(options.ip);
  const ipKey = `login:ip:${address}`;
  const budget = await takeRateLimit({ key: ipKey, windowMs: IP_WINDOW_MS, max: MAX_FAILURES_PER_IP, now });
  if (!budget.allowed) return { ok: false, reason: "rate_limited", retryAfterMs: budget.retryAfterMs };
  const backoffKey = `login:backoff:${address}/${email}`;
  const claim = await claimLoginAttempt({ key: backoffKey, now });
  if (!claim.allowed) {
    await refundRateLimit({ key: ipKey, windowStart: budget.windowStart });
    return { ok: false, reason: "rate_limited", retryAfterMs: claim.retryAfterMs };
  }

  const user = await checkPassword(email, options.password);
  // A failure stays counted in both.
  if (!user) return INVALID;
  await Promise.all([refundRateLimit({ key: ipKey, windowStart: budget.windowStart }), clearLoginBackoff({ key: backoffKey })]);
  return { ok: true, user };
}

async function checkPassword(email: string, password: string): Promise<VerifiedUser | null> {
  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
  });
  if (!user || !user.active) return null;
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
