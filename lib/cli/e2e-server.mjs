// Starts the app for the browser tests on a fresh database: migrate, seed, build, serve.
//   node lib/cli/e2e-server.mjs <port>               fresh database + build + serve
//   node lib/cli/e2e-server.mjs <port> --serve-only  a second instance on the same database and build
//   node lib/cli/e2e-server.mjs <port> --empty       the same build on a fresh database left empty
//                                                    (migrated, no seed): the first-run journey
// E2E_SKIP_BUILD=1 reuses the existing .next build (rebuild after changing app code).
// DATABASE_URL chooses the database: a SQLite file (deleted first) or a PostgreSQL database
// (dropped and created again on its server). Other settings come from the environment and the
// .env files like every command (lib/config/load-env.mjs); the database never does: this script
// deletes it, so it takes DATABASE_URL from its caller (playwright.config.ts) or its own default.
import { execSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import { loadEnv } from "../config/load-env.mjs";

const port = process.argv[2] || "3100";
const serveOnly = process.argv.includes("--serve-only");
const empty = process.argv.includes("--empty");
const url = process.env.DATABASE_URL || "file:./data/e2e.db";
loadEnv();
const env = { ...process.env, DATABASE_URL: url };
const run = (cmd) => execSync(cmd, { stdio: "inherit", env });

async function freshDatabase() {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    return;
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[\w-]+$/.test(name)) throw new Error(`Unexpected database name "${name}" in DATABASE_URL`);
  const server = new URL(url);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

if (empty) {
  await freshDatabase();
  run("npx prisma migrate deploy");
} else if (!serveOnly) {
  await freshDatabase();
  run("npx prisma migrate deploy");
  run("npm run db:seed");
  if (!process.env.E2E_SKIP_BUILD) run("npx next build");
}

// Next's own binary, not `npx next`: a signal sent to this script then reaches the server itself
// instead of stopping at an npx wrapper and leaving the server holding the port.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(process.execPath, [nextBin, "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
