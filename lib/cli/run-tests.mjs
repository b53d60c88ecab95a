// Runs the Vitest and Playwright suites on one database:
//   node lib/cli/run-tests.mjs sqlite
//   node lib/cli/run-tests.mjs postgresql [--reuse-build]
// PostgreSQL runs use the server at VORONKA_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres):
// Vitest clones a template database per test file, Playwright gets a fresh `voronka_e2e` database
// and two app instances; then the production start check (lib/cli/check-production-start.mjs).
// --reuse-build skips `next build` (the build serves either database).
import { spawnSync } from "node:child_process";
import pg from "pg";

const provider = process.argv[2];
if (provider !== "sqlite" && provider !== "postgresql") {
  console.error("Usage: node lib/cli/run-tests.mjs sqlite|postgresql [--reuse-build]");
  process.exit(2);
}

const env = { ...process.env, VORONKA_TEST_DB: provider };
if (process.argv.includes("--reuse-build")) env.E2E_SKIP_BUILD = "1";

if (provider === "postgresql") {
  const server = process.env.VORONKA_TEST_PG_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    console.error(`PostgreSQL is not reachable at ${server} (${error.message}).`);
    console.error("Start it (see README, Tests) or set VORONKA_TEST_PG_URL; `npm run test:sqlite` runs the SQLite half alone.");
    process.exit(1);
  }
  const e2e = new URL(server);
  e2e.pathname = "/voronka_e2e";
  env.VORONKA_TEST_PG_URL = server;
  env.E2E_DATABASE_URL = e2e.toString();
} else {
  delete env.E2E_DATABASE_URL;
}

const steps = [
  [`unit and integration tests on ${provider}`, "npx", ["vitest", "run"]],
  [`browser tests on ${provider}`, "npx", ["playwright", "test"]],
];
// The operations guide's PostgreSQL path with a .env file alone: migrate, refuse a missing
// AUTH_SECRET, start the build and answer /api/ready (uses the build the browser tests made).
if (provider === "postgresql") steps.push(["production start from .env on postgresql", "node", ["lib/cli/check-production-start.mjs"]]);

for (const [label, command, args] of steps) {
  console.log(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}
