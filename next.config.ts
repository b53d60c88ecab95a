import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/security/headers";
import { migrationsForBuild } from "./lib/health/migration-names";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and driver modules stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Lets parallel checkouts of work (and their browser tests) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden(): pages a role may not open answer with a real 403 (app/(app)/forbidden.tsx).
  experimental: { authInterrupts: true },
  // nosniff, Referrer-Policy, X-Frame-Options on every response; pages also get a CSP (proxy.ts).
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
  // The migrations this build expects applied, for /api/ready (lib/health/built-migrations.ts).
  env: { VORONKA_BUILD_MIGRATIONS: migrationsForBuild() },
};

export default withNextIntl(nextConfig);
