import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-dialect";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { mailerFromEnv, type Mailer } from "@/lib/email/create-mailer";
import { parseSettingsInput } from "@/lib/settings/parse";
import { inviteUserSchema } from "@/lib/validation/accounts";
import { accountLink, composeAccountEmail, deliverAccountEmail, queueAccountEmail, type EmailOutcome } from "./account-email";
import { unusablePasswordHash } from "./password-hash";
import { issueToken } from "./tokens";

export interface InviteResult {
  id: string;
  email: string;
  /** SENT by SMTP, FAILED (SMTP refused; see Settings → Outbox), or OUTBOX (no SMTP configured). */
  delivery: EmailOutcome;
}

/**
 * An admin invites a team member by email: the user is created without a usable password and
 * gets a single-use link (a week) to choose their own. Until then they cannot sign in.
 */
export async function inviteUser(options: { actor: Actor; input: z.input<typeof inviteUserSchema>; origin: string; mailer?: Mailer | null; now?: Date }): Promise<InviteResult> {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const input = parseSettingsInput(inviteUserSchema, options.input);
  const mailer = options.mailer === undefined ? mailerFromEnv() : options.mailer;
  const now = options.now ?? new Date();
  const passwordHash = await unusablePasswordHash();
  let created: { id: string; emailId: string; secret: string };
  try {
    created = await db.$transaction(async (tx) => {
      const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, locale: input.locale, passwordHash, createdAt: now },
        select: { id: true, name: true, email: true, role: true },
      });
      const { secret, expiresAt } = await issueToken(tx, { kind: "INVITE", userId: user.id, createdById: actor.id, now });
      const mail = composeAccountEmail({ kind: "INVITE", locale: input.locale, name: user.name, email: user.email, link: accountLink(options.origin, secret), expiresAt, inviter: inviter.name, role: input.role });
      const emailId = await queueAccountEmail(tx, { to: user.email, ...mail, smtp: mailer !== null, now });
      await writeAuditLog(tx, { actor, action: "user.invite", entity: "User", entityId: user.id, after: user, details: { expiresAt }, at: now });
      return { id: user.id, emailId, secret };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Someone already uses this email address.", { reason: "email_taken", fields: { email: "Already in use" } });
    }
    throw error;
  }
  return { id: created.id, email: input.email, delivery: await deliverAccountEmail({ id: created.emailId, mailer, secret: created.secret }) };
}
