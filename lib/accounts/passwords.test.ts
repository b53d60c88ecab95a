import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { expectAppError } from "@/lib/testing/db-state";
import { createUser, type TestUser } from "@/lib/testing/fixtures";
import { signedInSinceValidFrom } from "@/lib/auth/session-validity";
import { changePassword } from "./change-password";
import { setUserPassword } from "./set-user-password";
import { hashPassword, verifyPassword } from "./password-hash";

let admin: TestUser;
let rep: TestUser;
beforeEach(async () => {
  await resetDatabase(db);
  admin = await createUser("ADMIN", "Alex Admin");
  rep = await createUser("REP", "Rita Rep");
  await db.user.update({ where: { id: rep.id }, data: { passwordHash: await hashPassword("rita-old-password") } });
});

const row = (id: string) => db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });

/** Would a session that signed in at `authAt` still be let in (lib/auth/session.ts asks this)? */
async function sessionAlive(userId: string, authAt: number): Promise<boolean> {
  return signedInSinceValidFrom({ sessionsValidFrom: (await row(userId)).sessionsValidFrom, authAt });
}

describe("changing one's own password", () => {
  it("refuses a wrong current password and writes nothing", async () => {
    const before = await row(rep.id);
    const error = await expectAppError(changePassword({ actor: rep, input: { currentPassword: "not-my-password", newPassword: "rita-new-password" } }), "VALIDATION");
    expect(error.details).toMatchObject({ reason: "wrong_password", fields: { currentPassword: expect.any(String) } });
    const after = await row(rep.id);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionsValidFrom).toBeNull();
  });

  it("applies the password rules to the new one and refuses the same password", async () => {
    await expectAppError(changePassword({ actor: rep, input: { currentPassword: "rita-old-password", newPassword: "short" } }), "VALIDATION");
    const same = await expectAppError(changePassword({ actor: rep, input: { currentPassword: "rita-old-password", newPassword: "rita-old-password" } }), "VALIDATION");
    expect(same.details?.reason).toBe("same_password");
    expect(await verifyPassword("rita-old-password", (await row(rep.id)).passwordHash)).toBe(true);
  });

  it("changes it and ends every session that signed in before, keeping later ones", async () => {
    const signedInEarlier = Date.now() - 60_000;
    expect(await sessionAlive(rep.id, signedInEarlier)).toBe(true);
    const now = new Date();
    await changePassword({ actor: rep, input: { currentPassword: "rita-old-password", newPassword: "rita-new-password" }, now });
    const after = await row(rep.id);
    expect(await verifyPassword("rita-new-password", after.passwordHash)).toBe(true);
    expect(await verifyPassword("rita-old-password", after.passwordHash)).toBe(false);
    expect(after.sessionsValidFrom?.getTime()).toBe(now.getTime());
    expect(await sessionAlive(rep.id, signedInEarlier)).toBe(false);
    expect(await sessionAlive(rep.id, now.getTime() + 1)).toBe(true);
    // Other users' sessions are untouched.
    expect(await sessionAlive(admin.id, signedInEarlier)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.passwordChange" } });
    expect(audit.data).not.toContain("rita-new-password");
  });

  it("throttles guesses at the current password", async () => {
    for (let i = 0; i < 10; i++) {
      await expectAppError(changePassword({ actor: rep, input: { currentPassword: `guess-${i}-xxxxx`, newPassword: "rita-new-password" } }), "VALIDATION");
    }
    await expectAppError(changePassword({ actor: rep, input: { currentPassword: "rita-old-password", newPassword: "rita-new-password" } }), "RATE_LIMITED");
    expect(await verifyPassword("rita-old-password", (await row(rep.id)).passwordHash)).toBe(true);
  });
});

describe("an admin setting someone's password", () => {
  it("sets it, ends that user's sessions and stops their unused links", async () => {
    await db.accountToken.create({ data: { kind: "RESET", tokenHash: "h".repeat(64), userId: rep.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const signedInEarlier = Date.now() - 1000;
    await setUserPassword({ actor: admin, input: { id: rep.id, password: "handed-over-pass" } });
    expect(await verifyPassword("handed-over-pass", (await row(rep.id)).passwordHash)).toBe(true);
    expect(await sessionAlive(rep.id, signedInEarlier)).toBe(false);
    expect((await db.accountToken.findFirstOrThrow()).usedAt).not.toBeNull();
  });

  it("is for admins only, not for their own password, and follows the rules", async () => {
    await expectAppError(setUserPassword({ actor: rep, input: { id: admin.id, password: "taken-over-pass" } }), "FORBIDDEN");
    await expectAppError(setUserPassword({ actor: admin, input: { id: admin.id, password: "my-own-new-pass" } }), "CONFLICT");
    await expectAppError(setUserPassword({ actor: admin, input: { id: rep.id, password: "short" } }), "VALIDATION");
    await expectAppError(setUserPassword({ actor: admin, input: { id: "nobody", password: "long-enough-pass" } }), "NOT_FOUND");
    expect(await verifyPassword("rita-old-password", (await row(rep.id)).passwordHash)).toBe(true);
    expect((await row(admin.id)).sessionsValidFrom).toBeNull();
  });
});
