// The one way the app sends email: nodemailer over SMTP. The scheduler takes a Mailer (tests
// pass one for their own SMTP server); null means "no SMTP: keep emails in the outbox".
import nodemailer from "nodemailer";
import { mailConfigFromEnv, type MailConfig } from "./mail-config";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable per email: a retried send carries the same Message-ID, so receivers can drop repeats. */
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport(config.transport as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(mail) {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
    },
    close: () => transport.close(),
  };
}

const globalForMailer = globalThis as unknown as { voronkaMailer?: Mailer | null };

/** The process's mailer from SMTP_* / MAIL_FROM, made once; null when SMTP is not configured. */
export function mailerFromEnv(): Mailer | null {
  if (globalForMailer.voronkaMailer === undefined) {
    const config = mailConfigFromEnv(process.env);
    globalForMailer.voronkaMailer = config ? createMailer(config) : null;
  }
  return globalForMailer.voronkaMailer;
}
