import "server-only";
// The first admin of an empty database: the /setup page and `npm run user:create -- --admin`
// both come here. Once any user exists it refuses, however it is called, and two submissions
// at once create exactly one admin: the writers take turns (an advisory lock on PostgreSQL; one
// write transaction at a time on SQLite), the user count is read inside the turn, and a
// `setup.firstAdmin` Setting row (primary key) is written with the user as a last guard.
import type { z } from "zod";
import { db } from "@/lib/db";
import { isUniqueViolation, lockWriters } from "@/lib/db-dialect";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { firstAdminSchema } from "@/lib/validation/accounts";
import { hashPassword } from "./password-hash";
import { FIRST_ADMIN_SETTING } from "./setting-keys";

const setupDone = () =>
  new AppError("CONFLICT", "Voronka already has users: the first admin can only be created on an empty database. Sign in, or ask an admin to invite you.", { reason: "setup_done" });

/** True while the database has no user at all: the only time /setup is offered. */
export async function needsFirstAdmin(): Promise<boolean> {
  return (await db.user.count()) === 0;
}

export async function createFirstAdmin(options: { input: z.input<typeof firstAdminSchema>; now?: Date }) {
  const input = parseSettingsInput(firstAdminSchema, options.input);
  if (!(await needsFirstAdmin())) throw setupDone();
  const passwordHash = await hashPassword(input.password);
  const now = options.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      await lockWriters(tx, "users.firstAdmin");
      if ((await tx.user.count()) > 0) throw setupDone();
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: "ADMIN", locale: input.locale, passwordHash, createdAt: now },
        select: { id: true, name: true, email: true, role: true },
      });
      await tx.setting.create({ data: { key: FIRST_ADMIN_SETTING, value: JSON.stringify({ userId: user.id, at: now.toISOString() }) } });
      await writeAuditLog(tx, { actor: { id: user.id, role: "ADMIN" }, action: "user.firstAdmin", entity: "User", entityId: user.id, after: user, at: now });
      return user;
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Lost a race (a unique key, or SQLite refusing a stale write): if someone is there now, say so.
    if (isUniqueViolation(error) || !(await needsFirstAdmin())) throw setupDone();
    throw error;
  }
}
