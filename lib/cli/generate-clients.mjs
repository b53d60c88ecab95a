// Generates both Prisma clients, whatever DATABASE_URL says: lib/generated/prisma (SQLite) and
// lib/generated/postgresql (PostgreSQL). The app picks one at run time from DATABASE_URL, so one
// build serves either database. The PostgreSQL schema is re-derived first, so it never lags.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const prismaBin = createRequire(import.meta.url).resolve("prisma/build/index.js");
const run = (args, env = {}) =>
  execFileSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });

run(["lib/cli/postgres-schema.mjs"]);
// prisma.config.ts chooses the schema from DATABASE_URL; generate never connects, so any URL of
// the right provider will do.
run([prismaBin, "generate"], { DATABASE_URL: "file:./data/voronka.db" });
run([prismaBin, "generate"], { DATABASE_URL: "postgresql://generate@localhost/voronka" });
