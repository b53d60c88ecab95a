import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { expectAppError } from "@/lib/testing/db-state";
import { createUser, type TestUser } from "@/lib/testing/fixtures";
import { startSmtpServer } from "@/lib/scheduler/test-kit";
import { linkTokenIn, mailText } from "@/lib/testing/mail-text";
import { signedInSinceValidFrom } from "@/lib/auth/session-validity";
import { requestPasswordReset } from "./request-password-reset";
import { sendAccountLink } from "./send-account-link";
import { readAccountLink } from "./read-account-link";
import { setPasswordWithToken } from "./set-password-with-token";
import { deliverAccountEmail } from "./account-email";
import { hashPassword, verifyPassword } from "./password-hash";
import { hashToken, TOKEN_LIFETIME_MS } from "./tokens";

const ORIGIN = "https://crm.example.com";
const HOUR = 60 * 60 * 1000;
const tokenIn = (text: string) => linkTokenIn(text, ORIGIN);

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

let admin: TestUser;
let rep: TestUser;
beforeEach(async () => {
  await resetDatabase(db);
  smtp.mails.length = 0;
  admin = await createUser("ADMIN", "Alex Admin");
  rep = await createUser("REP", "Rita Rep");
  await db.user.update({ where: { id: rep.id }, data: { passwordHash: await hashPassword("rita-old-password"), locale: "ru" } });
});

const hashOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash;

describe("forgot password", () => {
  it("emails a reset link (in the user's language) that works once and ends older sessions", async () => {
    const now = new Date();
    const queued = await requestPasswordReset({ input: { email: ` ${rep.email.toUpperCase()} ` }, origin: ORIGIN, smtp: false, now });
    expect(queued).not.toBeNull();
    const email = await db.outboundEmail.findUniqueOrThrow({ where: { id: queued!.emailId } });
    expect(email).toMatchObject({ to: rep.email, status: "OUTBOX", subject: "Новый пароль для Voronka" });
    const token = tokenIn(email.body)!;
    expect(token).toBeTruthy();
    // Only the hash is stored.
    const row = await db.accountToken.findFirstOrThrow();
    expect(row).toMatchObject({ kind: "RESET", tokenHash: hashToken(token), userId: rep.id });
    expect(row.expiresAt.getTime() - now.getTime()).toBe(TOKEN_LIFETIME_MS.RESET);
    expect(JSON.stringify(await db.accountToken.findMany())).not.toContain(token);

    expect(await readAccountLink({ token })).toEqual({ state: "usable", kind: "RESET", user: { name: "Rita Rep", email: rep.email } });
    const signedInEarlier = now.getTime() - 1000;
    expect(await setPasswordWithToken({ input: { token, password: "rita-new-password" } })).toEqual({ email: rep.email, kind: "RESET" });
    expect(await verifyPassword("rita-new-password", await hashOf(rep.id))).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { id: rep.id } });
    expect(signedInSinceValidFrom({ sessionsValidFrom: user.sessionsValidFrom, authAt: signedInEarlier })).toBe(false);

    // Single use.
    expect((await readAccountLink({ token })).state).toBe("used");
    const again = await expectAppError(setPasswordWithToken({ input: { token, password: "someone-elses-pass" } }), "NOT_FOUND");
    expect(again.details?.reason).toBe("link_used");
    expect(await verifyPassword("rita-new-password", await hashOf(rep.id))).toBe(true);
  });

  it("answers the same for unknown and deactivated addresses: no link, no email", async () => {
    const ghost = await createUser("REP", "Gone Rep", false);
    expect(await requestPasswordReset({ input: { email: "nobody@voronka.test" }, origin: ORIGIN, smtp: false })).toBeNull();
    expect(await requestPasswordReset({ input: { email: ghost.email }, origin: ORIGIN, smtp: false })).toBeNull();
    expect(await requestPasswordReset({ input: { email: "" }, origin: ORIGIN, smtp: false })).toBeNull();
    expect(await db.outboundEmail.count()).toBe(0);
    expect(await db.accountToken.count()).toBe(0);
  });

  it("expires after an hour", async () => {
    const now = new Date();
    const queued = await requestPasswordReset({ input: { email: rep.email }, origin: ORIGIN, smtp: false, now });
    const token = tokenIn((await db.outboundEmail.findUniqueOrThrow({ where: { id: queued!.emailId } })).body)!;
    const late = new Date(now.getTime() + HOUR);
    expect((await readAccountLink({ token, now: new Date(late.getTime() - 1) })).state).toBe("usable");
    expect((await readAccountLink({ token, now: late })).state).toBe("expired");
    const error = await expectAppError(setPasswordWithToken({ input: { token, password: "rita-new-password" }, now: late }), "NOT_FOUND");
    expect(error.details?.reason).toBe("link_expired");
    expect(await verifyPassword("rita-old-password", await hashOf(rep.id))).toBe(true);
  });

  it("a newer link replaces the older one; a made-up token does nothing", async () => {
    const first = await requestPasswordReset({ input: { email: rep.email }, origin: ORIGIN, smtp: false });
    const second = await requestPasswordReset({ input: { email: rep.email }, origin: ORIGIN, smtp: false });
    const [old, fresh] = await Promise.all([first, second].map(async (q) => tokenIn((await db.outboundEmail.findUniqueOrThrow({ where: { id: q!.emailId } })).body)!));
    expect((await readAccountLink({ token: old })).state).toBe("unknown");
    expect((await readAccountLink({ token: fresh })).state).toBe("usable");
    expect((await readAccountLink({ token: "A".repeat(43) })).state).toBe("unknown");
    expect((await readAccountLink({ token: "../../etc" })).state).toBe("unknown");
    await expectAppError(setPasswordWithToken({ input: { token: "A".repeat(43), password: "rita-new-password" } }), "NOT_FOUND");
  });

  it("two submissions of one link at once set one password", async () => {
    const queued = await requestPasswordReset({ input: { email: rep.email }, origin: ORIGIN, smtp: false });
    const token = tokenIn((await db.outboundEmail.findUniqueOrThrow({ where: { id: queued!.emailId } })).body)!;
    const results = await Promise.allSettled([
      setPasswordWithToken({ input: { token, password: "first-new-password" } }),
      setPasswordWithToken({ input: { token, password: "second-new-password" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const winner = results[0].status === "fulfilled" ? "first-new-password" : "second-new-password";
    expect(await verifyPassword(winner, await hashOf(rep.id))).toBe(true);
  });

  it("sends no more than five links an hour to one address", async () => {
    for (let i = 0; i < 5; i++) expect(await requestPasswordReset({ input: { email: rep.email }, origin: ORIGIN, smtp: false })).not.toBeNull();
    expect(await requestPasswordReset({ input: { email: rep.email }, origin: ORIGIN, smtp: false })).toBeNull();
    expect(await db.outboundEmail.count()).toBe(5);
  });

  it("delivered over SMTP, the stored copy of the email no longer holds the link", async () => {
    const queued = await requestPasswordReset({ input: { email: rep.email }, origin: ORIGIN, smtp: true });
    expect(await deliverAccountEmail({ id: queued!.emailId, mailer: smtp.mailer, secret: queued!.secret })).toBe("SENT");
    expect(smtp.mails).toHaveLength(1);
    expect(mailText(smtp.mails[0].raw)).toContain(queued!.secret);
    const stored = await db.outboundEmail.findUniqueOrThrow({ where: { id: queued!.emailId } });
    expect(stored.status).toBe("SENT");
    expect(stored.body).not.toContain(queued!.secret);
    // Delivered once: a second call sends nothing.
    expect(await deliverAccountEmail({ id: queued!.emailId, mailer: smtp.mailer, secret: queued!.secret })).toBe("FAILED");
    expect(smtp.mails).toHaveLength(1);
  });
});

describe("an admin sending a reset link", () => {
  it("emails it over SMTP; admins only; not to deactivated users", async () => {
    const result = await sendAccountLink({ actor: admin, kind: "RESET", input: { id: rep.id }, origin: ORIGIN, mailer: smtp.mailer });
    expect(result.delivery).toBe("SENT");
    expect(smtp.mails.map((m) => m.to)).toEqual([[rep.email]]);
    const token = tokenIn(mailText(smtp.mails[0].raw))!;
    expect((await readAccountLink({ token })).state).toBe("usable");
    await expectAppError(sendAccountLink({ actor: rep, kind: "RESET", input: { id: admin.id }, origin: ORIGIN, mailer: null }), "FORBIDDEN");
    await db.user.update({ where: { id: rep.id }, data: { active: false } });
    await expectAppError(sendAccountLink({ actor: admin, kind: "RESET", input: { id: rep.id }, origin: ORIGIN, mailer: null }), "CONFLICT");
    // A deactivated user's link no longer works either.
    expect((await readAccountLink({ token })).state).toBe("unknown");
  });
});
