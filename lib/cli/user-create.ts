// npm run user:create -- --admin --email you@example.com --name "Your Name" [--locale ru]
// Creates the first admin of an empty database from the shell, like the /setup page (the same
// lib function, so it refuses once any user exists). The password never goes on the command
// line: it is read from VORONKA_PASSWORD, else from standard input when piped, else asked for
// twice without echo.
import { parseArgs } from "node:util";
import { loadEnv } from "@/lib/config/load-env.mjs";
import { isAppError } from "@/lib/errors/app-error";
import { readPassword } from "./read-password";

// The database comes from DATABASE_URL in the environment or .env, as for every command; the
// modules that open it are loaded after the .env files.
loadEnv();

const USAGE = `Usage: npm run user:create -- --admin --email <email> --name "<name>" [--locale en|ru]
The password comes from VORONKA_PASSWORD, or standard input, or a prompt (never echoed).
Only the first admin of an empty database is created here; invite everyone else from
Settings → Users in the app.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { admin: { type: "boolean" }, email: { type: "string" }, name: { type: "string" }, locale: { type: "string" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) return console.log(USAGE), 0;
  if (!values.admin || !values.email || !values.name) return console.error(USAGE), 2;
  const { createFirstAdmin } = await import("@/lib/accounts/create-first-admin");
  try {
    const password = await readPassword(process.env.VORONKA_PASSWORD);
    const user = await createFirstAdmin({ input: { email: values.email, name: values.name, password, locale: (values.locale ?? "en") as "en" | "ru" } });
    console.log(`Created the first admin: ${user.name} <${user.email}>. Sign in at /sign-in and invite the team from Settings → Users.`);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fields = (error.details?.fields ?? {}) as Record<string, string>;
    const lines = Object.entries(fields).map(([field, message]) => `  --${field}: ${message}`);
    console.error(lines.length ? ["The first admin was not created:", ...lines].join("\n") : error.message);
    return error.code === "VALIDATION" ? 2 : 1;
  }
}

main()
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    console.error("user:create failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(async () => (await import("@/lib/db")).db.$disconnect());
