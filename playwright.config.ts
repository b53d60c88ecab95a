import { defineConfig, devices } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { EMPTY_PORT_OFFSET, emptyDatabaseUrl } from "./e2e/fixtures/empty-instance";

const PORT = Number(process.env.E2E_PORT || 3100);
/** The second app instance, on the same database and build (PostgreSQL runs only). */
export const SECOND_PORT = PORT + 1;
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
/** The first-run instance: the same build on an empty database (no users, no demo data). */
export const EMPTY_PORT = PORT + EMPTY_PORT_OFFSET;
// Several app instances on one database is a PostgreSQL deployment; SQLite serves one instance.
const multiInstance = /^postgres(ql)?:/.test(E2E_DATABASE_URL);
// A fresh secret per run (a production server refuses published ones, instrumentation.ts); set
// here, before the workers start, so both instances and every worker share it.
process.env.E2E_AUTH_SECRET ||= randomBytes(32).toString("base64url");
// Warnings and errors only: a request line per call would bury the test report.
const serverEnv = { DATABASE_URL: E2E_DATABASE_URL, AUTH_SECRET: process.env.E2E_AUTH_SECRET, AUTOMATION_TICK_MS: "1000", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" };

// On machines without Playwright's own browser download, use the system Chromium.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: ["multi-instance/**", "first-run/**"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } },
    },
    {
      name: "first-run",
      testMatch: "first-run/**/*.spec.ts",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 }, baseURL: `http://127.0.0.1:${EMPTY_PORT}` },
    },
    ...(multiInstance ? [{ name: "multi-instance", testMatch: "multi-instance/**/*.spec.ts" }] : []),
  ],
  // Servers start one after the other: the second reuses the first one's database and build.
  webServer: [
    {
      // A fresh database each run: migrate, seed the demo data, build and serve the production app.
      command: `node lib/cli/e2e-server.mjs ${PORT}`,
      url: `http://127.0.0.1:${PORT}/sign-in`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe" as const,
      env: serverEnv,
    },
    ...(multiInstance
      ? [
          {
            command: `node lib/cli/e2e-server.mjs ${SECOND_PORT} --serve-only`,
            url: `http://127.0.0.1:${SECOND_PORT}/sign-in`,
            timeout: 60_000,
            reuseExistingServer: !process.env.CI,
            stdout: "pipe" as const,
            env: serverEnv,
          },
        ]
      : []),
    {
      // The same build on a fresh, migrated, empty database: the first-run journey (/setup).
      command: `node lib/cli/e2e-server.mjs ${EMPTY_PORT} --empty`,
      url: `http://127.0.0.1:${EMPTY_PORT}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe" as const,
      env: { ...serverEnv, DATABASE_URL: emptyDatabaseUrl(E2E_DATABASE_URL) },
    },
  ],
});
