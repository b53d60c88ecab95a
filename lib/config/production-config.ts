// What a production server (NODE_ENV=production: `npm start`, `next start`) refuses to start
// without, checked by instrumentation.ts before anything else runs. A missing or public
// AUTH_SECRET would let anyone forge session cookies, so it is fatal, not a warning.
import { providerOf } from "@/lib/db-adapter";
import { PUBLIC_SECRETS } from "./public-secrets.mjs";

export const MIN_SECRET_LENGTH = 32;

export interface ConfigReport {
  /** Reasons to refuse to start. */
  problems: string[];
  /** Worth a line in the log, not a refusal. */
  warnings: string[];
}

export function checkProductionConfig(env: NodeJS.ProcessEnv = process.env): ConfigReport {
  const report: ConfigReport = { problems: [], warnings: [] };
  if (env.NODE_ENV !== "production") return report;
  const secret = env.AUTH_SECRET?.trim();
  const generate = "Generate one with `openssl rand -base64 32` and set it in .env or the environment (the same value on every instance).";
  if (!secret) report.problems.push(`AUTH_SECRET is not set. ${generate}`);
  else if (PUBLIC_SECRETS.has(secret)) report.problems.push(`AUTH_SECRET is a published example value, not a secret. ${generate}`);
  else if (secret.length < MIN_SECRET_LENGTH) report.problems.push(`AUTH_SECRET is shorter than ${MIN_SECRET_LENGTH} characters. ${generate}`);
  try {
    providerOf(env.DATABASE_URL || "file:./data/voronka.db");
  } catch (error) {
    report.problems.push((error as Error).message);
  }
  if (!env.AUTH_URL) {
    report.warnings.push("AUTH_URL is not set: sign-in links and redirects follow the request's Host header. Behind a reverse proxy, set AUTH_URL to the public address (https://crm.example.com).");
  }
  return report;
}
