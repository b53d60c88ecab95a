import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { renamePipelineSchema } from "@/lib/validation/settings";
import type { z } from "zod";

export async function renamePipeline(options: { actor: Actor; input: z.input<typeof renamePipelineSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const input = parseSettingsInput(renamePipelineSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.pipeline.findUnique({ where: { id: input.id }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND", "This pipeline no longer exists.");
    const pipeline = await tx.pipeline.update({ where: { id: input.id }, data: { name: input.name }, select: { id: true, name: true } });
    await writeAuditLog(tx, { actor, action: "pipeline.update", entity: "Pipeline", entityId: input.id, before, after: { name: pipeline.name } });
    return pipeline;
  });
}
