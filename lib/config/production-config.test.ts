// A production server refuses to start without a real AUTH_SECRET or with a DATABASE_URL of no
// known provider (instrumentation.ts exits 1 with these messages; the CI start check,
// lib/cli/check-production-start.mjs, sees it happen in a real `npm start`).
import { describe, expect, it } from "vitest";
import { checkProductionConfig } from "./production-config";
import { EXAMPLE_SECRET } from "./public-secrets.mjs";

const good = "0Yf4w2Q2p3n8a1Zk7mX9cV5bN6tR4eW1qL0sD8uJ3hA";
const prod = (env: Record<string, string>) => checkProductionConfig({ NODE_ENV: "production", AUTH_URL: "https://crm.example.com", ...env } as NodeJS.ProcessEnv);

describe("checkProductionConfig", () => {
  it("accepts a real secret and a known database", () => {
    expect(prod({ AUTH_SECRET: good, DATABASE_URL: "postgresql://voronka@db/voronka" })).toEqual({ problems: [], warnings: [] });
    expect(prod({ AUTH_SECRET: good }).problems).toEqual([]);
  });

  it("refuses a missing, published or short AUTH_SECRET, saying how to make one", () => {
    for (const secret of [undefined, "", "  ", EXAMPLE_SECRET, "e2e-secret-not-for-production-use-0123456789", "short-secret"]) {
      const { problems } = prod(secret === undefined ? {} : { AUTH_SECRET: secret });
      expect(problems, String(secret)).toEqual([expect.stringMatching(/^AUTH_SECRET .*openssl rand -base64 32/)]);
    }
  });

  it("refuses a DATABASE_URL of no known provider", () => {
    expect(prod({ AUTH_SECRET: good, DATABASE_URL: "mysql://x@db/voronka" }).problems).toEqual([expect.stringContaining("DATABASE_URL must start with")]);
  });

  it("warns, without refusing, when AUTH_URL is not set", () => {
    const report = checkProductionConfig({ NODE_ENV: "production", AUTH_SECRET: good } as NodeJS.ProcessEnv);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([expect.stringContaining("AUTH_URL")]);
  });

  it("asks nothing of development and test runs", () => {
    expect(checkProductionConfig({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toEqual({ problems: [], warnings: [] });
    expect(checkProductionConfig({ NODE_ENV: "test" } as NodeJS.ProcessEnv)).toEqual({ problems: [], warnings: [] });
  });
});
