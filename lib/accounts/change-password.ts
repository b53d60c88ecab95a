import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { changePasswordSchema } from "@/lib/validation/accounts";
import { hashPassword, verifyPassword } from "./password-hash";
import { writePassword } from "./write-password";

const WINDOW_MS = 15 * 60 * 1000;
const MAX_ATTEMPTS = 10;

/**
 * A signed-in user changes their own password; the current one is required (a session left open
 * on a shared computer must not be enough) and guesses at it are throttled. Every session of the
 * user ends, this one included: they sign in again with the new password.
 */
export async function changePassword(options: { actor: Actor; input: z.input<typeof changePasswordSchema>; now?: Date }): Promise<void> {
  const { actor } = options;
  const input = parseSettingsInput(changePasswordSchema, options.input);
  if (!(await hitRateLimit({ key: `password:user:${actor.id}`, windowMs: WINDOW_MS, max: MAX_ATTEMPTS }))) {
    throw new AppError("RATE_LIMITED", "Too many attempts. Wait 15 minutes and try again.", { reason: "rate_limited" });
  }
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, active: true, passwordHash: true } });
  if (!user?.active) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("VALIDATION", "The current password is not right.", { reason: "wrong_password", fields: { currentPassword: "Not your current password" } });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError("VALIDATION", "Choose a password different from the current one.", { reason: "same_password", fields: { newPassword: "Same as the current password" } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    await writePassword(tx, { userId: actor.id, passwordHash, now });
    await writeAuditLog(tx, { actor, action: "user.passwordChange", entity: "User", entityId: actor.id, at: now });
  });
}
