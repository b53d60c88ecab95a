import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { automationIdSchema } from "@/lib/validation/automations";
import type { z } from "zod";

/**
 * Deletes an automation with its run log. What it already did stays (tasks, emails, notes);
 * steps still waiting are dropped.
 */
export async function deleteAutomation(options: { actor: Actor; input: z.input<typeof automationIdSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id } = parseSettingsInput(automationIdSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.automation.findUnique({ where: { id }, select: { name: true, active: true, trigger: true } });
    if (!before) throw new AppError("NOT_FOUND", "This automation no longer exists.");
    const runs = await tx.automationRun.count({ where: { automationId: id } });
    await tx.automation.delete({ where: { id } });
    await writeAuditLog(tx, { actor, action: "automation.delete", entity: "Automation", entityId: id, before, details: { runs } });
    return { id, runs };
  });
}
