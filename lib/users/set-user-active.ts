import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { setUserActiveSchema } from "@/lib/validation/settings";
import type { z } from "zod";
import { assertAnotherAdminRemains } from "./last-admin";

/**
 * Deactivates (or reactivates) a user. A deactivated user is signed out on their next request
 * on every instance. Their deals keep them as owner until reassigned (reassignOpenDeals).
 */
export async function setUserActive(options: { actor: Actor; input: z.input<typeof setUserActiveSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, active } = parseSettingsInput(setUserActiveSchema, options.input);
  if (!active && id === actor.id) throw new AppError("CONFLICT", "You cannot deactivate yourself.");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { active: true, role: true } });
    if (!before) throw new AppError("NOT_FOUND", "This user no longer exists.");
    if (before.active === active) return { id, active, openDeals: await tx.deal.count({ where: { ownerId: id, status: "OPEN" } }) };
    if (!active && before.role === "ADMIN") await assertAnotherAdminRemains(tx, id);
    await tx.user.update({ where: { id }, data: { active } });
    const openDeals = await tx.deal.count({ where: { ownerId: id, status: "OPEN" } });
    await writeAuditLog(tx, {
      actor,
      action: active ? "user.activate" : "user.deactivate",
      entity: "User",
      entityId: id,
      before: { active: before.active },
      after: { active },
      details: { openDeals },
    });
    return { id, active, openDeals };
  });
}
