import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { lossReasonSchema } from "@/lib/validation/settings";
import type { z } from "zod";

/** A new, active loss reason at the end of the list. */
export async function createLossReason(options: { actor: Actor; input: z.input<typeof lossReasonSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { label } = parseSettingsInput(lossReasonSchema, options.input);
  return db.$transaction(async (tx) => {
    const last = await tx.lossReason.aggregate({ _max: { position: true } });
    const reason = await tx.lossReason.create({
      data: { label, active: true, position: (last._max.position ?? -1) + 1 },
      select: { id: true, label: true, active: true, position: true },
    });
    await writeAuditLog(tx, { actor, action: "lossReason.create", entity: "LossReason", entityId: reason.id, after: reason });
    return reason;
  });
}
