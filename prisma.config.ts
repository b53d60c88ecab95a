import { defineConfig } from "prisma/config";
import { loadEnv } from "./lib/config/load-env.mjs";
import { databaseUrl, createAdapter, providerOf } from "./lib/db-adapter";

// Prisma 6.19 with the JS schema engine: works offline (see README / ENVIRONMENT notes).
// DATABASE_URL picks the provider, and with it the schema and its migrations folder:
// prisma/schema.prisma + prisma/migrations (SQLite, the source of truth) or
// prisma/postgresql/schema.prisma + prisma/postgresql/migrations (derived by `npm run db:schema`).
// DATABASE_URL comes from the environment or the .env files, read as `next start` reads them
// (lib/config/load-env.mjs), so migrations go to the database the app uses.
// The schema reads env("DATABASE_URL"); give it the same default the app uses.
loadEnv();
process.env.DATABASE_URL = databaseUrl();
const postgres = providerOf(databaseUrl()) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  async adapter() {
    return createAdapter(databaseUrl());
  },
});
