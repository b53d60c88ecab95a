import "server-only";
// The invitation and password-reset emails, worded in the recipient's language, and their one
// way out: a row in OutboundEmail, then SMTP when configured (lib/email), else the outbox that
// admins read in Settings → Outbox. Sending happens after the row is committed; a failure is
// kept on the row (FAILED with the error) instead of undoing the invitation.
import { createTranslator } from "next-intl";
import type { Tx } from "@/lib/db-client";
import { db } from "@/lib/db";
import type { Mailer } from "@/lib/email/create-mailer";
import { isLocale, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en/accounts.json";
import ru from "@/lib/i18n/messages/ru/accounts.json";
import type { TokenKind } from "./tokens";

const MESSAGES = { en, ru } as const;

export interface AccountEmailInput {
  kind: TokenKind;
  locale: string;
  name: string;
  email: string;
  link: string;
  expiresAt: Date;
  /** Invitations: who invited, and as what. */
  inviter?: string;
  role?: "ADMIN" | "HEAD" | "REP";
}

export function composeAccountEmail(input: AccountEmailInput): { subject: string; text: string } {
  const locale: Locale = isLocale(input.locale) ? input.locale : "en";
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "emails" });
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: process.env.TZ_DISPLAY || "Europe/Moscow" }).format(input.expiresAt);
  const values = { name: input.name, email: input.email, link: input.link, expires };
  if (input.kind === "INVITE") {
    const invite = { ...values, inviter: input.inviter ?? "Voronka", role: t(`roles.${input.role ?? "REP"}`) };
    return { subject: t("invite.subject", invite), text: t("invite.body", invite) };
  }
  return { subject: t("reset.subject", values), text: t("reset.body", values) };
}

/** Writes the email's row in the caller's transaction: QUEUED for SMTP, OUTBOX without it. */
export async function queueAccountEmail(tx: Tx, options: { to: string; subject: string; text: string; smtp: boolean; now: Date }): Promise<string> {
  const row = await tx.outboundEmail.create({
    data: { to: options.to, subject: options.subject.slice(0, 200), body: options.text, status: options.smtp ? "QUEUED" : "OUTBOX", createdAt: options.now },
    select: { id: true },
  });
  return row.id;
}

export type EmailOutcome = "SENT" | "FAILED" | "OUTBOX";

/**
 * Sends a QUEUED row once (it is claimed QUEUED → SENDING first) and records how it went. Once
 * sent, the link's secret is blanked in the stored copy: the database keeps only its hash. (An
 * email in the outbox, or one that failed, keeps the link: the admin passes it on by hand.)
 */
export async function deliverAccountEmail(options: { id: string; mailer: Mailer | null; secret: string }): Promise<EmailOutcome> {
  const { id, mailer } = options;
  if (!mailer) return "OUTBOX";
  const claimed = await db.outboundEmail.updateMany({ where: { id, status: "QUEUED" }, data: { status: "SENDING" } });
  if (claimed.count !== 1) return "FAILED";
  const row = await db.outboundEmail.findUniqueOrThrow({ where: { id } });
  try {
    await mailer.send({ to: row.to, subject: row.subject, text: row.body, messageId: `<${id}@voronka>` });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.outboundEmail.update({ where: { id }, data: { status: "FAILED", error: message.slice(0, 500) } });
    return "FAILED";
  }
  const body = row.body.split(options.secret).join("[link removed after sending]");
  await db.outboundEmail.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), error: null, body } });
  return "SENT";
}

/** The link in the email: the app's public origin + /set-password?token=… */
export function accountLink(origin: string, secret: string): string {
  return `${origin.replace(/\/+$/, "")}/set-password?token=${secret}`;
}
