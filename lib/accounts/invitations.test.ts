import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { expectAppError } from "@/lib/testing/db-state";
import { createUser, type TestUser } from "@/lib/testing/fixtures";
import { startSmtpServer } from "@/lib/scheduler/test-kit";
import { linkTokenIn, mailText } from "@/lib/testing/mail-text";
import { listSettingsUsers } from "@/lib/users/list-settings-users";
import { inviteUser } from "./invite-user";
import { sendAccountLink } from "./send-account-link";
import { readAccountLink } from "./read-account-link";
import { setPasswordWithToken } from "./set-password-with-token";
import { verifyPassword } from "./password-hash";
import { TOKEN_LIFETIME_MS } from "./tokens";

const ORIGIN = "http://127.0.0.1:3000";
const DAY = 24 * 60 * 60 * 1000;
const tokenIn = (text: string) => linkTokenIn(text, ORIGIN);

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

let admin: TestUser;
let head: TestUser;
beforeEach(async () => {
  await resetDatabase(db);
  smtp.mails.length = 0;
  admin = await createUser("ADMIN", "Alex Admin");
  head = await createUser("HEAD", "Hector Head");
});

const invite = (overrides: Partial<{ email: string; role: "REP" | "HEAD" | "ADMIN"; locale: "en" | "ru" }> = {}, now?: Date) =>
  inviteUser({ actor: admin, input: { name: "Ирина Новикова", email: "irina@shop.ru", role: "REP", locale: "ru", ...overrides }, origin: ORIGIN, mailer: null, now });

async function outboxToken(to: string): Promise<string> {
  const email = await db.outboundEmail.findFirstOrThrow({ where: { to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return tokenIn(email.body)!;
}

describe("inviting by email", () => {
  it("creates a user who cannot sign in yet, and keeps the invitation in the outbox without SMTP", async () => {
    const result = await invite();
    expect(result).toMatchObject({ email: "irina@shop.ru", delivery: "OUTBOX" });
    const user = await db.user.findUniqueOrThrow({ where: { id: result.id }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ role: "REP", locale: "ru", active: true });
    expect(await verifyPassword("", user.passwordHash)).toBe(false);
    const email = await db.outboundEmail.findFirstOrThrow();
    expect(email).toMatchObject({ to: "irina@shop.ru", status: "OUTBOX", subject: "Alex Admin приглашает вас в Voronka" });
    expect(email.body).toContain("менеджера по продажам");
    expect((await listSettingsUsers({ actor: admin })).find((u) => u.id === result.id)?.invite).toBe("pending");
  });

  it("the invitee sets their password through the link, once", async () => {
    const { id } = await invite();
    const token = await outboxToken("irina@shop.ru");
    expect(await readAccountLink({ token })).toEqual({ state: "usable", kind: "INVITE", user: { name: "Ирина Новикова", email: "irina@shop.ru" } });
    expect(await setPasswordWithToken({ input: { token, password: "irina-password-1" } })).toEqual({ email: "irina@shop.ru", kind: "INVITE" });
    const row = await db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
    expect(await verifyPassword("irina-password-1", row.passwordHash)).toBe(true);
    expect((await listSettingsUsers({ actor: admin })).find((u) => u.id === id)?.invite).toBeNull();

    const reuse = await expectAppError(setPasswordWithToken({ input: { token, password: "taken-over-pass" } }), "NOT_FOUND");
    expect(reuse.details?.reason).toBe("link_used");
    expect(await verifyPassword("irina-password-1", (await db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash)).toBe(true);
    // Accepted: no second invitation, a reset link instead.
    const resend = await expectAppError(sendAccountLink({ actor: admin, kind: "INVITE", input: { id }, origin: ORIGIN, mailer: null }), "CONFLICT");
    expect(resend.details?.reason).toBe("invite_accepted");
  });

  it("expires after 7 days; a resent invitation replaces the old link", async () => {
    const now = new Date();
    const { id } = await invite({}, now);
    const token = await outboxToken("irina@shop.ru");
    const row = await db.accountToken.findFirstOrThrow();
    expect(row.expiresAt.getTime() - now.getTime()).toBe(TOKEN_LIFETIME_MS.INVITE);
    const weekLater = new Date(now.getTime() + 7 * DAY);
    expect((await readAccountLink({ token, now: new Date(weekLater.getTime() - 1) })).state).toBe("usable");
    const expired = await expectAppError(setPasswordWithToken({ input: { token, password: "irina-password-1" }, now: weekLater }), "NOT_FOUND");
    expect(expired.details?.reason).toBe("link_expired");
    expect((await listSettingsUsers({ actor: admin, now: weekLater })).find((u) => u.id === id)?.invite).toBe("expired");

    await sendAccountLink({ actor: admin, kind: "INVITE", input: { id }, origin: ORIGIN, mailer: null, now: weekLater });
    const fresh = await outboxToken("irina@shop.ru");
    expect(fresh).not.toBe(token);
    expect((await readAccountLink({ token, now: weekLater })).state).toBe("unknown");
    await setPasswordWithToken({ input: { token: fresh, password: "irina-password-1" }, now: weekLater });
  });

  it("sends it over SMTP when configured, in English for an English invitee", async () => {
    const result = await inviteUser({ actor: admin, input: { name: "Sam Seller", email: "sam@shop.com", role: "HEAD", locale: "en" }, origin: ORIGIN, mailer: smtp.mailer });
    expect(result.delivery).toBe("SENT");
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0].subject).toBe("Alex Admin invited you to Voronka");
    const text = mailText(smtp.mails[0].raw);
    expect(text).toContain("as a head of sales");
    expect((await readAccountLink({ token: tokenIn(text)! })).state).toBe("usable");
  });

  it("is for admins only; an email in use is refused; bad input writes nothing", async () => {
    await expectAppError(inviteUser({ actor: head, input: { name: "X", email: "x@shop.ru", role: "REP" }, origin: ORIGIN, mailer: null }), "FORBIDDEN");
    const taken = await expectAppError(invite({ email: head.email }), "CONFLICT");
    expect(taken.details?.reason).toBe("email_taken");
    await expectAppError(invite({ email: "not-an-email" }), "VALIDATION");
    expect(await db.user.count()).toBe(2);
    expect(await db.outboundEmail.count()).toBe(0);
    expect(await db.accountToken.count()).toBe(0);
  });
});
