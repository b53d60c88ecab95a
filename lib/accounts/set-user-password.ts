import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { setUserPasswordSchema } from "@/lib/validation/accounts";
import { hashPassword } from "./password-hash";
import { writePassword } from "./write-password";

/**
 * An admin sets someone's password (to hand over privately): the user's sessions end everywhere
 * and their unused links stop working. Admins change their own password on their account page,
 * where the current one is asked for.
 */
export async function setUserPassword(options: { actor: Actor; input: z.input<typeof setUserPasswordSchema>; now?: Date }): Promise<void> {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const input = parseSettingsInput(setUserPasswordSchema, options.input);
  if (input.id === actor.id) throw new AppError("CONFLICT", "Change your own password on your account page.", { reason: "own_password" });
  const passwordHash = await hashPassword(input.password);
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "This user no longer exists.", { reason: "user_missing" });
    await writePassword(tx, { userId: input.id, passwordHash, now });
    // The password (even hashed) never goes into the log.
    await writeAuditLog(tx, { actor, action: "user.passwordReset", entity: "User", entityId: input.id, at: now });
  });
}
