// Starts the app for the browser tests on a fresh database: migrate, seed, build, serve.
import { execSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.argv[2] || "3100";
const url = process.env.DATABASE_URL || "file:./data/e2e.db";
const run = (cmd) => execSync(cmd, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });

if (url.startsWith("file:")) {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}
run("npx prisma migrate deploy");
run("npm run db:seed");
if (!process.env.E2E_SKIP_BUILD) run("npx next build");
const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
