import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { assertSameSet, parseSettingsInput } from "@/lib/settings/parse";
import { reorderSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/** Puts every loss reason (archived ones too) in the given order. */
export async function reorderLossReasons(options: { actor: Actor; input: z.input<typeof reorderSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { ids } = parseSettingsInput(reorderSchema, options.input);
  return db.$transaction(async (tx) => {
    const existing = await tx.lossReason.findMany({ orderBy: { position: "asc" }, select: { id: true, position: true } });
    assertSameSet(existing.map((r) => r.id), ids, "loss reasons");
    for (const [position, id] of ids.entries()) await tx.lossReason.updateMany({ where: { id, NOT: { position } }, data: { position } });
    await writeAuditLog(tx, { actor, action: "lossReason.reorder", entity: "LossReason", entityId: "*", before: existing.map((r) => r.id), after: ids });
    return { ids };
  });
}
