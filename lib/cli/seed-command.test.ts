import { spawn } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import { getDemoLogins } from "@/lib/accounts/demo-logins";
import { DEMO_USERS } from "../../prisma/seed/users";

/** Runs `npm run db:seed -- <args>` (its script, without npm) against this test file's database. */
function seed(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts", ...args], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

beforeEach(async () => {
  await resetDatabase(db);
});

describe("npm run db:seed", () => {
  it("refuses a database with data unless told --force, and says so; --if-empty leaves it alone", async () => {
    const admin = await createUser("ADMIN", "Real Admin");
    const refused = await seed();
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("Refusing to seed: the database already has data (1 user)");
    expect(refused.output).toContain("npm run db:seed -- --force");
    const skipped = await seed("--if-empty");
    expect(skipped.code).toBe(0);
    expect(skipped.output).toContain("not seeding");
    // Untouched: the real admin is still the only user, and no demo mode.
    expect(await db.user.findMany({ select: { id: true } })).toEqual([{ id: admin.id }]);
    expect(await db.pipeline.count()).toBe(0);
    expect(await getDemoLogins()).toBeNull();

    const forced = await seed("--force");
    expect(forced.code, forced.output).toBe(0);
    expect(await db.user.count({ where: { id: admin.id } })).toBe(0);
    expect((await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true } })).map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email).sort());
  }, 120_000);

  it("seeds an empty database and records demo mode (the sign-in page's demo logins)", async () => {
    expect(await getDemoLogins()).toBeNull();
    const first = await seed();
    expect(first.code, first.output).toBe(0);
    expect(await getDemoLogins()).toEqual({ password: "voronka-demo", users: DEMO_USERS.map(({ email, role }) => ({ email, role })) });
    const again = await seed();
    expect(again.code).toBe(1);
    expect(again.output).toContain("Refusing to seed");
  }, 120_000);
});
