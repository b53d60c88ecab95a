import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { setLossReasonActiveSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/**
 * Archives (active = false) or restores a loss reason. An archived reason stays on the deals lost
 * for it and in analytics; reps can no longer pick it. At least one reason stays active.
 */
export async function setLossReasonActive(options: { actor: Actor; input: z.input<typeof setLossReasonActiveSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, active } = parseSettingsInput(setLossReasonActiveSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.lossReason.findUnique({ where: { id }, select: { active: true, label: true } });
    if (!before) throw new AppError("NOT_FOUND", "This loss reason no longer exists.");
    if (!active && before.active && (await tx.lossReason.count({ where: { active: true } })) <= 1) {
      throw new AppError("CONFLICT", "Losing a deal needs a reason: keep at least one reason active.");
    }
    const after = await tx.lossReason.update({ where: { id }, data: { active }, select: { id: true, label: true, active: true } });
    await writeAuditLog(tx, {
      actor,
      action: active ? "lossReason.restore" : "lossReason.archive",
      entity: "LossReason",
      entityId: id,
      before: { active: before.active },
      after: { active },
      details: { label: before.label },
    });
    return after;
  });
}
