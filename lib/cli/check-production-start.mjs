// CI's production start check (run by `npm run test:postgres` after the browser tests, or alone:
// `npm run test:production-start`): does what docs/operations.md tells an operator, with
// nothing but a .env file to go on. In a temporary project directory (symlinks to this checkout
// and its build, and its own .env), on a fresh PostgreSQL database:
//   1. `npm run db:migrate` with DATABASE_URL only in .env,
//   2. `npm start` without AUTH_SECRET must exit non-zero and say why,
//   3. `npm start` with the full .env must answer /api/health and /api/ready with 200.
// Needs a build (`npm run build`; NEXT_DIST_DIR if the build went elsewhere) and the server at
// VORONKA_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = fileURLToPath(new URL("../..", import.meta.url));
const distDir = process.env.NEXT_DIST_DIR || ".next";
const server = new URL(process.env.VORONKA_TEST_PG_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
const database = `voronka_start_check_${process.pid}`;
const started = Date.now();
const step = (text) => console.log(`[start check ${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);

function fail(message) {
  console.error(`✗ production start check: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

async function onServer(sql) {
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freePort() {
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A project directory that is this checkout, except for its .env files and its data. */
function projectDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-start-check-"));
  const skip = new Set([".git", "data", "test-results", "playwright-report", ".tmp"]);
  for (const entry of fs.readdirSync(root)) {
    if (skip.has(entry) || entry.startsWith(".env")) continue;
    fs.symlinkSync(path.join(root, entry), path.join(dir, entry));
  }
  return dir;
}

/** PATH and the like only: every setting must come from the .env file. */
function bareEnv() {
  const env = {};
  for (const name of ["PATH", "HOME", "LANG", "TMPDIR", "npm_config_cache"]) if (process.env[name]) env[name] = process.env[name];
  if (process.env.NEXT_DIST_DIR) env.NEXT_DIST_DIR = process.env.NEXT_DIST_DIR;
  return env;
}

/** Resolves with `value` after `ms`, without keeping the process alive. */
const after = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value).unref());

function startServer(dir) {
  const child = spawn("npm", ["start"], { cwd: dir, env: bareEnv(), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    exited,
    output: () => output,
    stop() {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
      return exited;
    },
  };
}

async function waitFor(url, app, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    const early = await Promise.race([app.exited, after(500, undefined)]);
    if (early !== undefined) fail(`the server exited (${early}) before ${url} answered:\n${app.output()}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return response.json();
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
  }
  fail(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})\n${app.output()}`);
}

if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
  console.error(`No build in ${distDir}: run \`npm run build\` first.`);
  process.exit(1);
}

const dir = projectDir();
const url = new URL(server);
url.pathname = `/${database}`;
const port = await freePort();
const settings = [`DATABASE_URL=${url}`, `PORT=${port}`, "HOST=127.0.0.1", `AUTH_URL=http://127.0.0.1:${port}`];
const writeEnv = (lines) => fs.writeFileSync(path.join(dir, ".env"), `${lines.join("\n")}\n`);

await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await onServer(`CREATE DATABASE "${database}"`);
let app;
try {
  writeEnv(settings);
  step(`npm run db:migrate in ${dir}, DATABASE_URL in .env only`);
  const migrate = spawnSync("npm", ["run", "db:migrate"], { cwd: dir, env: bareEnv(), encoding: "utf8" });
  if (migrate.status !== 0) fail(`npm run db:migrate failed:\n${migrate.stdout}\n${migrate.stderr}`);
  if (!/PostgreSQL database "voronka_start_check_/.test(migrate.stdout)) fail(`migrate did not target the .env database:\n${migrate.stdout}`);
  if (fs.existsSync(path.join(dir, "data"))) fail("migrate created a local SQLite file instead of using .env's DATABASE_URL");

  step("npm start without AUTH_SECRET must refuse");
  app = startServer(dir);
  const code = await Promise.race([app.exited, after(30_000, "timeout")]);
  if (code === "timeout") fail(`npm start without AUTH_SECRET kept running:\n${app.output()}`);
  if (code === 0) fail("npm start without AUTH_SECRET exited with 0");
  if (!/Refusing to start: AUTH_SECRET is not set/.test(app.output())) fail(`no clear message in the log:\n${app.output()}`);
  app = null;

  step(`npm start with the full .env on 127.0.0.1:${port}`);
  writeEnv([...settings, `AUTH_SECRET=${randomBytes(32).toString("base64url")}`]);
  app = startServer(dir);
  const health = await waitFor(`http://127.0.0.1:${port}/api/health`, app, 30_000);
  if (health.status !== "ok") fail(`/api/health answered ${JSON.stringify(health)}`);
  const ready = await waitFor(`http://127.0.0.1:${port}/api/ready`, app, 15_000);
  if (ready.ready !== true) fail(`/api/ready answered ${JSON.stringify(ready)}`);
  step(`✓ migrated from .env, refused a missing AUTH_SECRET, served /api/ready: ${JSON.stringify(ready.checks)}`);
} finally {
  await app?.stop();
  await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  fs.rmSync(dir, { recursive: true, force: true });
}
