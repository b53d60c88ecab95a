import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { createSourceSchema } from "@/lib/validation/sources";
import type { z } from "zod";

/** A new, active source at the end of the list. The code is what deals and events carry. */
export async function createSource(options: { actor: Actor; input: z.input<typeof createSourceSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const input = parseSettingsInput(createSourceSchema, options.input);
  return db.$transaction(async (tx) => {
    if (await tx.leadSource.findUnique({ where: { code: input.code }, select: { id: true } })) {
      const message = `A source with the code “${input.code}” already exists.`;
      throw new AppError("CONFLICT", message, { fields: { code: message } });
    }
    const last = await tx.leadSource.aggregate({ _max: { position: true } });
    const source = await tx.leadSource.create({
      data: { ...input, active: true, position: (last._max.position ?? -1) + 1 },
      select: { id: true, code: true, labelEn: true, labelRu: true, active: true, position: true },
    });
    await writeAuditLog(tx, { actor, action: "source.create", entity: "Source", entityId: source.id, after: source });
    return source;
  });
}
