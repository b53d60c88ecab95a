import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { assertSameSet, parseSettingsInput } from "@/lib/settings/parse";
import { reorderSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/** Puts every source (archived ones too) in the given order: the order of every source picker. */
export async function reorderSources(options: { actor: Actor; input: z.input<typeof reorderSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { ids } = parseSettingsInput(reorderSchema, options.input);
  return db.$transaction(async (tx) => {
    const existing = await tx.leadSource.findMany({ orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true } });
    assertSameSet(existing.map((r) => r.id), ids, "sources");
    for (const [position, id] of ids.entries()) await tx.leadSource.updateMany({ where: { id, NOT: { position } }, data: { position } });
    await writeAuditLog(tx, { actor, action: "source.reorder", entity: "Source", entityId: "*", before: existing.map((r) => r.id), after: ids });
    return { ids };
  });
}
