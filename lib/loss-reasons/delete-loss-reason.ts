import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { idSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/** Deletes a loss reason no deal, transition or automation uses; a reason in use can only be archived. */
export async function deleteLossReason(options: { actor: Actor; input: z.input<typeof idSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id } = parseSettingsInput(idSchema, options.input);
  return db.$transaction(async (tx) => {
    const reason = await tx.lossReason.findUnique({ where: { id }, select: { label: true, active: true, position: true } });
    if (!reason) throw new AppError("NOT_FOUND", "This loss reason no longer exists.");
    const [deals, transitions, automations] = await Promise.all([
      tx.deal.count({ where: { lossReasonId: id } }),
      tx.stageTransition.count({ where: { lossReasonId: id } }),
      tx.automation.count({ where: { trigger: { contains: id } } }),
    ]);
    if (deals + transitions + automations > 0) {
      throw new AppError("CONFLICT", "This reason is in use (by lost deals or an automation), so it can only be archived.", { deals, automations });
    }
    await tx.lossReason.delete({ where: { id } });
    await writeAuditLog(tx, { actor, action: "lossReason.delete", entity: "LossReason", entityId: id, before: reason });
    return { id };
  });
}
