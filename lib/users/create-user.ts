import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-dialect";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { createUserSchema } from "@/lib/validation/settings";
import { hashPassword } from "@/lib/accounts/password-hash";
import type { z } from "zod";

/** A new team member who signs in with the initial password the admin hands over. */
export async function createUser(options: { actor: Actor; input: z.input<typeof createUserSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const input = parseSettingsInput(createUserSchema, options.input);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, locale: input.locale, passwordHash },
        select: { id: true, name: true, email: true, role: true, active: true },
      });
      // The password (even hashed) never goes into the log.
      await writeAuditLog(tx, { actor, action: "user.create", entity: "User", entityId: user.id, after: user });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Someone already uses this email address.", { reason: "email_taken", fields: { email: "Already in use" } });
    }
    throw error;
  }
}
