import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { updateStageSchema } from "@/lib/validation/settings";
import type { z } from "zod";

const FIELDS = { name: true, probability: true, rottingDays: true, color: true } as const;

/** Changes a stage's name, win probability, rotting days or color (only the fields given). */
export async function updateStage(options: { actor: Actor; input: z.input<typeof updateStageSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, ...changes } = parseSettingsInput(updateStageSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.stage.findUnique({ where: { id }, select: FIELDS });
    if (!before) throw new AppError("NOT_FOUND", "This stage no longer exists.");
    const data = Object.fromEntries(Object.entries(changes).filter(([key, value]) => value !== undefined && before[key as keyof typeof before] !== value));
    if (Object.keys(data).length === 0) return { id, ...before };
    const after = await tx.stage.update({ where: { id }, data, select: FIELDS });
    const changed = Object.keys(data) as (keyof typeof before)[];
    await writeAuditLog(tx, {
      actor,
      action: "stage.update",
      entity: "Stage",
      entityId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return { id, ...after };
  });
}
