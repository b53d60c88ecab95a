import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}` },
      // The real package throws outside a React server build; the domain layer imports it.
      { find: /^server-only$/, replacement: `${root}lib/testing/empty.ts` },
    ],
  },
  test: {
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses
    // outside Next: let Vite resolve it (tests call the auth route handlers with real Requests).
    server: { deps: { inline: ["next-auth"] } },
    include: ["lib/**/*.test.ts"],
    pool: "forks",
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/setup-file.ts"],
    testTimeout: 30_000,
    // Warnings and errors only: request log lines would bury the test output.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
  },
});
