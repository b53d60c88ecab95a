// First-run helper: next-auth needs AUTH_SECRET to sign sessions. If neither the environment nor
// the .env files have one, write a random secret to .env (kept out of git) so `npm run demo` just
// works; a published example value copied into .env (.env.example) is replaced the same way.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadEnv } from "../config/load-env.mjs";
import { PUBLIC_SECRETS } from "../config/public-secrets.mjs";

const file = ".env";
loadEnv();
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
const secret = process.env.AUTH_SECRET?.trim();
if (!secret || PUBLIC_SECRETS.has(secret)) {
  const line = `AUTH_SECRET=${randomBytes(32).toString("base64url")}`;
  const kept = current.split("\n").filter((text) => !/^\s*AUTH_SECRET\s*=/.test(text)).join("\n");
  const prefix = kept && !kept.endsWith("\n") ? "\n" : "";
  writeFileSync(file, `${kept}${prefix}${line}\n`);
  console.log("Wrote a new AUTH_SECRET to .env");
}
