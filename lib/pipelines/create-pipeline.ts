import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { createPipelineSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/** A new pipeline at the end of the list, with one first stage (a board needs a column). */
export async function createPipeline(options: { actor: Actor; input: z.input<typeof createPipelineSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const input = parseSettingsInput(createPipelineSchema, options.input);
  return db.$transaction(async (tx) => {
    const last = await tx.pipeline.aggregate({ _max: { position: true } });
    const pipeline = await tx.pipeline.create({
      data: {
        name: input.name,
        currency: input.currency,
        position: (last._max.position ?? -1) + 1,
        stages: { create: { name: input.firstStageName, position: 0, probability: 10 } },
      },
      select: { id: true, name: true, currency: true, position: true },
    });
    await writeAuditLog(tx, { actor, action: "pipeline.create", entity: "Pipeline", entityId: pipeline.id, after: pipeline });
    return pipeline;
  });
}
