import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { addStageSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/** A new stage at the end of a pipeline. */
export async function addStage(options: { actor: Actor; input: z.input<typeof addStageSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const input = parseSettingsInput(addStageSchema, options.input);
  return db.$transaction(async (tx) => {
    const pipeline = await tx.pipeline.findUnique({ where: { id: input.pipelineId }, select: { id: true } });
    if (!pipeline) throw new AppError("NOT_FOUND", "This pipeline no longer exists.");
    const last = await tx.stage.aggregate({ where: { pipelineId: input.pipelineId }, _max: { position: true } });
    const stage = await tx.stage.create({
      data: { ...input, position: (last._max.position ?? -1) + 1 },
      select: { id: true, pipelineId: true, name: true, position: true, probability: true, rottingDays: true, color: true },
    });
    await writeAuditLog(tx, { actor, action: "stage.create", entity: "Stage", entityId: stage.id, after: stage });
    return stage;
  });
}
