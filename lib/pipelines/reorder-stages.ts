import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { assertSameSet, parseSettingsInput } from "@/lib/settings/parse";
import { reorderStagesSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/** Puts a pipeline's stages in the given order (positions 0…n-1; a handful of rows). */
export async function reorderStages(options: { actor: Actor; input: z.input<typeof reorderStagesSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { pipelineId, ids } = parseSettingsInput(reorderStagesSchema, options.input);
  return db.$transaction(async (tx) => {
    const existing = await tx.stage.findMany({ where: { pipelineId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    assertSameSet(existing.map((s) => s.id), ids, "stages");
    const changed = ids.filter((id, position) => existing.find((s) => s.id === id)?.position !== position);
    for (const id of changed) await tx.stage.update({ where: { id }, data: { position: ids.indexOf(id) } });
    if (changed.length > 0) {
      await writeAuditLog(tx, { actor, action: "stage.reorder", entity: "Pipeline", entityId: pipelineId, before: existing.map((s) => s.id), after: ids });
    }
    return { pipelineId, ids };
  });
}
