import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { setSourceActiveSchema } from "@/lib/validation/sources";
import type { z } from "zod";

/** Archives or restores a source: archived ones keep their label on old deals and in analytics, but are no longer offered. */
export async function setSourceActive(options: { actor: Actor; input: z.input<typeof setSourceActiveSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, active } = parseSettingsInput(setSourceActiveSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.leadSource.findUnique({ where: { id }, select: { active: true, code: true } });
    if (!before) throw new AppError("NOT_FOUND", "This source no longer exists.");
    await tx.leadSource.update({ where: { id }, data: { active } });
    await writeAuditLog(tx, {
      actor,
      action: active ? "source.restore" : "source.archive",
      entity: "Source",
      entityId: id,
      before: { active: before.active },
      after: { active },
      details: { code: before.code },
    });
    return { id, active };
  });
}
