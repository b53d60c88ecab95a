// Accounts of the test's own (never the demo users the other specs sign in as), and what the
// accounts screens leave behind: the emails in the outbox and their set-password links.
import bcrypt from "bcryptjs";
import { e2eDb, type Db } from "../fixtures/db";

export interface TestAccount {
  id: string;
  email: string;
  name: string;
  password: string;
}

let seq = 0;

export async function createAccount(options: { role?: "ADMIN" | "HEAD" | "REP"; name?: string; password?: string } = {}, db: Db = e2eDb()): Promise<TestAccount> {
  const tag = `${Date.now().toString(36)}${++seq}`;
  const email = `e2e.account.${tag}@voronka.test`;
  const name = options.name ?? `E2E Account ${tag}`;
  const password = options.password ?? `first-password-${tag}`;
  const user = await db.user.create({
    data: { email, name, role: options.role ?? "REP", locale: "en", passwordHash: await bcrypt.hash(password, 10) },
    select: { id: true },
  });
  return { id: user.id, email, name, password };
}

/** Removes a test account with what points at it (audit entries, emails to it). */
export async function removeAccount(email: string, db: Db = e2eDb()): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    await db.auditLog.deleteMany({ where: { OR: [{ actorId: user.id }, { entityId: user.id }] } });
    await db.user.delete({ where: { id: user.id } });
  }
  await db.outboundEmail.deleteMany({ where: { to: email } });
}

/** The set-password link in the newest email to `to` (as the outbox stores it). */
export async function latestLinkTo(to: string, db: Db = e2eDb()): Promise<string> {
  const email = await db.outboundEmail.findFirstOrThrow({ where: { to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const link = email.body.match(/https?:\/\/\S+\/set-password\?token=[A-Za-z0-9_-]{43}/)?.[0];
  if (!link) throw new Error(`No set-password link in the email to ${to}`);
  return link;
}
