// First-run helper: next-auth needs AUTH_SECRET to sign sessions. If neither the environment nor
// .env has one, write a random secret to .env (kept out of git) so `npm run demo` just works.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, appendFileSync } from "node:fs";

const file = ".env";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(current)) {
  const prefix = current && !current.endsWith("\n") ? "\n" : "";
  appendFileSync(file, `${prefix}AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log("Wrote a new AUTH_SECRET to .env");
}
