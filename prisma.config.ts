import { defineConfig } from "prisma/config";
import { databaseUrl, createAdapter } from "./lib/db-adapter";

// Prisma 6.19 with the JS schema engine: works offline (see README / ENVIRONMENT notes).
// The schema reads env("DATABASE_URL"); give it the same default the app uses.
process.env.DATABASE_URL = databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return createAdapter(databaseUrl());
  },
});
