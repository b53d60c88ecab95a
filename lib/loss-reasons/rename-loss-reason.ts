import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { renameLossReasonSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/** Renames a loss reason: past deals lost for it show the new label. */
export async function renameLossReason(options: { actor: Actor; input: z.input<typeof renameLossReasonSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, label } = parseSettingsInput(renameLossReasonSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.lossReason.findUnique({ where: { id }, select: { label: true } });
    if (!before) throw new AppError("NOT_FOUND", "This loss reason no longer exists.");
    const after = await tx.lossReason.update({ where: { id }, data: { label }, select: { id: true, label: true, active: true } });
    await writeAuditLog(tx, { actor, action: "lossReason.update", entity: "LossReason", entityId: id, before, after: { label } });
    return after;
  });
}
