import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { setUserRoleSchema } from "@/lib/validation/settings";
import type { z } from "zod";
import { assertAnotherAdminRemains } from "./last-admin";

/** Changes a user's role; it applies on their next request. The last active admin stays an admin. */
export async function setUserRole(options: { actor: Actor; input: z.input<typeof setUserRoleSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, role } = parseSettingsInput(setUserRoleSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { role: true, active: true } });
    if (!before) throw new AppError("NOT_FOUND", "This user no longer exists.");
    if (before.role === role) return { id, role };
    if (before.role === "ADMIN" && before.active) await assertAnotherAdminRemains(tx, id);
    await tx.user.update({ where: { id }, data: { role } });
    await writeAuditLog(tx, { actor, action: "user.role", entity: "User", entityId: id, before: { role: before.role }, after: { role } });
    return { id, role };
  });
}
