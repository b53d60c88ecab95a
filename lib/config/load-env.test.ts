// One configuration source: every command reads the environment and the .env files the way
// `next start` does (lib/config/load-env.mjs), so `prisma migrate deploy` (npm run db:migrate)
// migrates the database named in .env, not a default SQLite file beside it.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { migrationNames } from "@/lib/health/migration-names";
import { createScratchDatabase, envWithoutSettings, migrateDeploy, ROOT, type ScratchDatabase } from "@/lib/testing/scratch-database";
import { testDbProvider } from "@/lib/testing/test-db";

const loader = path.join(ROOT, "lib/config/load-env.mjs");

/** Runs the loader in a child process in `dir` and prints what it set. */
async function loadIn(dir: string, env: NodeJS.ProcessEnv = envWithoutSettings()) {
  const script = `const { loadEnv } = await import(${JSON.stringify(loader)}); const files = loadEnv();
    console.log(JSON.stringify({ files, url: process.env.DATABASE_URL ?? null, secret: process.env.AUTH_SECRET ?? null, expanded: process.env.EXPANDED ?? null }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { cwd: dir, env });
  return JSON.parse(stdout) as { files: string[]; url: string | null; secret: string | null; expanded: string | null };
}

let scratch: ScratchDatabase;
beforeAll(async () => {
  scratch = await createScratchDatabase();
});
afterAll(async () => {
  await scratch.drop();
});

describe("loadEnv", () => {
  it("reads .env and .env.local like next start: .env.local wins over .env, the environment over both", async () => {
    fs.writeFileSync(path.join(scratch.dir, ".env"), "DATABASE_URL=file:./from-env.db\nAUTH_SECRET=from-env\nEXPANDED=${AUTH_SECRET}-x\n");
    fs.writeFileSync(path.join(scratch.dir, ".env.local"), "AUTH_SECRET=from-local\n");
    try {
      expect(await loadIn(scratch.dir)).toEqual({ files: [".env.local", ".env"], url: "file:./from-env.db", secret: "from-local", expanded: "from-local-x" });
      expect(await loadIn(scratch.dir, { ...envWithoutSettings(), DATABASE_URL: "file:./from-environment.db" })).toMatchObject({ url: "file:./from-environment.db" });
    } finally {
      fs.rmSync(path.join(scratch.dir, ".env"));
      fs.rmSync(path.join(scratch.dir, ".env.local"));
    }
  });

  it("leaves the environment alone when there is no .env", async () => {
    expect(await loadIn(scratch.dir)).toEqual({ files: [], url: null, secret: null, expanded: null });
  });
});

describe("npm run db:migrate (prisma migrate deploy)", () => {
  it(`migrates the ${testDbProvider()} database named in .env`, async () => {
    fs.writeFileSync(path.join(scratch.dir, ".env"), `DATABASE_URL=${scratch.envUrl}\n`);
    await migrateDeploy(scratch.dir);
    const db = createPrismaClient(scratch.url);
    try {
      const rows = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`);
      expect(rows.map((row) => row.name)).toEqual(migrationNames(testDbProvider(), ROOT));
    } finally {
      await db.$disconnect();
    }
    // Not the default SQLite file the CLI fell back to when it ignored .env.
    expect(fs.existsSync(path.join(scratch.dir, "data"))).toBe(false);
  }, 60_000);
});
