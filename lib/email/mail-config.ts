// SMTP settings from the environment. SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS)
// or SMTP_HOST with SMTP_PORT / SMTP_USER / SMTP_PASSWORD / SMTP_SECURE; MAIL_FROM is the sender.
// Nothing set → null: emails go to the outbox (Settings → Outbox) instead of being lost.

export interface MailConfig {
  /** Either a connection URL or host/port/auth, as nodemailer's createTransport takes them. */
  transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  from: string;
}

type Env = Record<string, string | undefined>;

export function mailConfigFromEnv(env: Env): MailConfig | null {
  const from = env.MAIL_FROM?.trim() || "Voronka <no-reply@localhost>";
  const url = env.SMTP_URL?.trim();
  if (url) return { transport: url, from };
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const port = Number(env.SMTP_PORT || 587);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`SMTP_PORT must be a port number, got "${env.SMTP_PORT}"`);
  const secure = env.SMTP_SECURE ? env.SMTP_SECURE === "true" || env.SMTP_SECURE === "1" : port === 465;
  const user = env.SMTP_USER?.trim();
  return {
    transport: { host, port, secure, ...(user ? { auth: { user, pass: env.SMTP_PASSWORD ?? "" } } : {}) },
    from,
  };
}
