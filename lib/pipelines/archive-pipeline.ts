import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { archivePipelineSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/**
 * Archives (or restores) a pipeline. Its deals, stages and history stay as they are; an archived
 * pipeline leaves the board's switcher. The last active pipeline cannot be archived.
 */
export async function archivePipeline(options: { actor: Actor; input: z.input<typeof archivePipelineSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const input = parseSettingsInput(archivePipelineSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.pipeline.findUnique({ where: { id: input.id }, select: { archived: true, name: true } });
    if (!before) throw new AppError("NOT_FOUND", "This pipeline no longer exists.");
    if (input.archived && !before.archived) {
      const active = await tx.pipeline.count({ where: { archived: false } });
      if (active <= 1) throw new AppError("CONFLICT", "This is the only active pipeline; create another before archiving it.");
    }
    const openDeals = await tx.deal.count({ where: { pipelineId: input.id, status: "OPEN" } });
    await tx.pipeline.update({ where: { id: input.id }, data: { archived: input.archived } });
    await writeAuditLog(tx, {
      actor,
      action: input.archived ? "pipeline.archive" : "pipeline.restore",
      entity: "Pipeline",
      entityId: input.id,
      before: { archived: before.archived },
      after: { archived: input.archived },
      details: { name: before.name, openDeals },
    });
    return { id: input.id, archived: input.archived, openDeals };
  });
}
