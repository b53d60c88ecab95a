import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { mailerFromEnv, type Mailer } from "@/lib/email/create-mailer";
import { parseSettingsInput } from "@/lib/settings/parse";
import { userIdSchema } from "@/lib/validation/accounts";
import { accountLink, composeAccountEmail, deliverAccountEmail, queueAccountEmail, type EmailOutcome } from "./account-email";
import { issueToken, type TokenKind } from "./tokens";

/**
 * An admin emails a user a fresh link: RESET (choose a new password, an hour) for anyone active,
 * or INVITE again (a week) for someone whose invitation is still unanswered. The user's earlier
 * unused link of that kind stops working. Sending a link ends no session: using it does.
 */
export async function sendAccountLink(options: { actor: Actor; kind: TokenKind; input: { id: string }; origin: string; mailer?: Mailer | null; now?: Date }): Promise<{ delivery: EmailOutcome }> {
  const { actor, kind } = options;
  assertCan(actor, "settings.manage");
  const { id } = parseSettingsInput(userIdSchema, options.input);
  const mailer = options.mailer === undefined ? mailerFromEnv() : options.mailer;
  const now = options.now ?? new Date();
  const queued = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true, locale: true, active: true } });
    if (!user) throw new AppError("NOT_FOUND", "This user no longer exists.", { reason: "user_missing" });
    if (!user.active) throw new AppError("CONFLICT", "This user is deactivated: reactivate them first.", { reason: "user_inactive" });
    if (kind === "INVITE" && !(await tx.accountToken.count({ where: { userId: id, kind: "INVITE", usedAt: null } }))) {
      throw new AppError("CONFLICT", "This user has already accepted their invitation; send a password reset link instead.", { reason: "invite_accepted" });
    }
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    const { secret, expiresAt } = await issueToken(tx, { kind, userId: id, createdById: actor.id, now });
    const mail = composeAccountEmail({ kind, locale: user.locale, name: user.name, email: user.email, link: accountLink(options.origin, secret), expiresAt, inviter: inviter.name, role: user.role });
    const emailId = await queueAccountEmail(tx, { to: user.email, ...mail, smtp: mailer !== null, now });
    await writeAuditLog(tx, { actor, action: kind === "INVITE" ? "user.reinvite" : "user.resetLink", entity: "User", entityId: id, details: { expiresAt }, at: now });
    return { emailId, secret };
  });
  return { delivery: await deliverAccountEmail({ id: queued.emailId, mailer, secret: queued.secret }) };
}
