import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { forgotPasswordSchema } from "@/lib/validation/accounts";
import { accountLink, composeAccountEmail, queueAccountEmail } from "./account-email";
import { issueToken } from "./tokens";

const WINDOW_MS = 60 * 60 * 1000;
const MAX_PER_EMAIL = 5;

/**
 * "Forgot password" on the sign-in page. The caller answers the same whatever happens here, so
 * nobody learns which emails have accounts: an unknown, deactivated or throttled address (five
 * links an hour) just gets no email. Returns the queued email (id and the link's secret)
 * for the caller to deliver after answering (deliverAccountEmail), or null.
 */
export async function requestPasswordReset(options: { input: z.input<typeof forgotPasswordSchema>; origin: string; smtp: boolean; now?: Date }): Promise<{ emailId: string; secret: string } | null> {
  const parsed = forgotPasswordSchema.safeParse(options.input);
  if (!parsed.success || !parsed.data.email) return null;
  const { email } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true, active: true } });
  if (!user?.active) return null;
  if (!(await hitRateLimit({ key: `reset:email:${email}`, windowMs: WINDOW_MS, max: MAX_PER_EMAIL }))) return null;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { secret, expiresAt } = await issueToken(tx, { kind: "RESET", userId: user.id, createdById: null, now });
    const mail = composeAccountEmail({ kind: "RESET", locale: user.locale, name: user.name, email: user.email, link: accountLink(options.origin, secret), expiresAt });
    const emailId = await queueAccountEmail(tx, { to: user.email, ...mail, smtp: options.smtp, now });
    await writeAuditLog(tx, { actor: null, action: "user.resetRequest", entity: "User", entityId: user.id, details: { expiresAt }, at: now });
    return { emailId, secret };
  });
}
