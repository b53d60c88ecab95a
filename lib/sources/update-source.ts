import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { updateSourceSchema } from "@/lib/validation/sources";
import type { z } from "zod";

/** New labels for a source; its code stays (deals and events already carry it). */
export async function updateSource(options: { actor: Actor; input: z.input<typeof updateSourceSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, labelEn, labelRu } = parseSettingsInput(updateSourceSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.leadSource.findUnique({ where: { id }, select: { labelEn: true, labelRu: true } });
    if (!before) throw new AppError("NOT_FOUND", "This source no longer exists.");
    const after = await tx.leadSource.update({ where: { id }, data: { labelEn, labelRu }, select: { id: true, code: true, labelEn: true, labelRu: true } });
    await writeAuditLog(tx, { actor, action: "source.update", entity: "Source", entityId: id, before, after: { labelEn, labelRu } });
    return after;
  });
}
