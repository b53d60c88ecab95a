import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/security/headers";

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
};

export default withNextIntl(nextConfig);
