import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { setAutomationActiveSchema } from "@/lib/validation/automations";
import type { z } from "zod";

/**
 * Switches an automation on or off. Off: no new runs start and waiting steps are skipped. On: it
 * acts on what happens from this moment (activeSince = now), never on the facts of the past; those
 * only through an explicit replay (replay-automation.ts).
 */
export async function setAutomationActive(options: { actor: Actor; input: z.input<typeof setAutomationActiveSchema>; now?: Date }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, active } = parseSettingsInput(setAutomationActiveSchema, options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const before = await tx.automation.findUnique({ where: { id }, select: { active: true, name: true } });
    if (!before) throw new AppError("NOT_FOUND", "This automation no longer exists.");
    if (before.active === active) return { id, active };
    await tx.automation.update({ where: { id }, data: active ? { active, activeSince: now } : { active } });
    await writeAuditLog(tx, {
      actor,
      action: active ? "automation.activate" : "automation.deactivate",
      entity: "Automation",
      entityId: id,
      before: { active: before.active },
      after: active ? { active, activeSince: now.toISOString() } : { active },
      details: { name: before.name },
      at: now,
    });
    return { id, active };
  });
}
