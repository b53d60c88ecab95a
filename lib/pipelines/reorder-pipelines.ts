import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { assertSameSet, parseSettingsInput } from "@/lib/settings/parse";
import { reorderSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/** Puts the pipelines (archived ones too) in the given order: positions 0…n-1. */
export async function reorderPipelines(options: { actor: Actor; input: z.input<typeof reorderSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { ids } = parseSettingsInput(reorderSchema, options.input);
  return db.$transaction(async (tx) => {
    const existing = await tx.pipeline.findMany({ orderBy: { position: "asc" }, select: { id: true } });
    assertSameSet(existing.map((p) => p.id), ids, "pipelines");
    for (const [position, id] of ids.entries()) await tx.pipeline.update({ where: { id }, data: { position } });
    await writeAuditLog(tx, {
      actor,
      action: "pipeline.reorder",
      entity: "Pipeline",
      entityId: "*",
      before: existing.map((p) => p.id),
      after: ids,
    });
    return { ids };
  });
}
