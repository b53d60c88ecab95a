import { spawn } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { expectAppError } from "@/lib/testing/db-state";
import { createUser } from "@/lib/testing/fixtures";
import { createFirstAdmin, needsFirstAdmin } from "./create-first-admin";
import { verifyPassword } from "./password-hash";

beforeEach(async () => {
  await resetDatabase(db);
});

const input = { name: "Анна Админова", email: " Anna@Shop.RU ", password: "first-admin-pass", locale: "ru" as const };

async function passwordOf(email: string, password: string) {
  const row = await db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
  return verifyPassword(password, row.passwordHash);
}

describe("createFirstAdmin (the /setup page's action)", () => {
  it("creates an admin on an empty database, who can then sign in with the password", async () => {
    expect(await needsFirstAdmin()).toBe(true);
    const admin = await createFirstAdmin({ input });
    expect(admin).toMatchObject({ email: "anna@shop.ru", role: "ADMIN", name: "Анна Админова" });
    expect(await passwordOf("anna@shop.ru", "first-admin-pass")).toBe(true);
    expect(await needsFirstAdmin()).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.firstAdmin" } });
    expect(audit.data).not.toContain("first-admin-pass");
  });

  it("refuses once an admin exists, whatever the email, and writes nothing", async () => {
    await createFirstAdmin({ input });
    const error = await expectAppError(createFirstAdmin({ input: { ...input, email: "mallory@evil.test" } }), "CONFLICT");
    expect(error.details?.reason).toBe("setup_done");
    expect(await db.user.count()).toBe(1);
    expect(await db.user.count({ where: { email: "mallory@evil.test" } })).toBe(0);
  });

  it("refuses when any user exists, even one who is not an admin", async () => {
    await createUser("REP");
    await expectAppError(createFirstAdmin({ input }), "CONFLICT");
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(0);
  });

  it("two submissions at once create exactly one admin", async () => {
    const results = await Promise.allSettled([
      createFirstAdmin({ input: { ...input, email: "one@shop.ru" } }),
      createFirstAdmin({ input: { ...input, email: "two@shop.ru" } }),
      createFirstAdmin({ input: { ...input, email: "three@shop.ru" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.user.count()).toBe(1);
    expect(await db.setting.count({ where: { key: "setup.firstAdmin" } })).toBe(1);
  });

  it("applies the password rules and writes nothing for bad input", async () => {
    await expectAppError(createFirstAdmin({ input: { ...input, password: "short" } }), "VALIDATION");
    await expectAppError(createFirstAdmin({ input: { ...input, password: "          x" } }), "VALIDATION");
    await expectAppError(createFirstAdmin({ input: { ...input, email: "not-an-email" } }), "VALIDATION");
    expect(await db.user.count()).toBe(0);
  });
});

/** Runs `npm run user:create` (its script, without npm) against this test file's database. */
function userCreate(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/user-create.ts", ...args], {
      env: { ...process.env, VORONKA_PASSWORD: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("npm run user:create -- --admin", () => {
  it("creates the first admin with the password from standard input, then refuses", async () => {
    const first = await userCreate(["--admin", "--email", "ops@shop.ru", "--name", "Ops Person"], "cli-admin-password\n");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("ops@shop.ru");
    expect(first.stdout + first.stderr).not.toContain("cli-admin-password");
    const row = await db.user.findUniqueOrThrow({ where: { email: "ops@shop.ru" } });
    expect(row.role).toBe("ADMIN");
    expect(await passwordOf("ops@shop.ru", "cli-admin-password")).toBe(true);

    const again = await userCreate(["--admin", "--email", "second@shop.ru", "--name", "Second"], "another-password\n");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already has users");
    expect(await db.user.count()).toBe(1);
  }, 60_000);

  it("refuses after an admin was made through the page too, and checks the password rule", async () => {
    const short = await userCreate(["--admin", "--email", "ops@shop.ru", "--name", "Ops"], "short\n");
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("--password: At least 10 characters");
    expect(await db.user.count()).toBe(0);

    await createFirstAdmin({ input });
    const late = await userCreate(["--admin", "--email", "ops@shop.ru", "--name", "Ops"], "cli-admin-password\n");
    expect(late.code).toBe(1);
    expect(await db.user.count()).toBe(1);

    const noAdminFlag = await userCreate(["--email", "x@shop.ru", "--name", "X"], "cli-admin-password\n");
    expect(noAdminFlag.code).toBe(2);
    expect(noAdminFlag.stderr).toContain("Usage");
  }, 60_000);
});
