import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { moveTotals } from "@/lib/deals/stage-totals";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { reassignDealsSchema } from "@/lib/validation/settings";
import type { z } from "zod";
import { setVisitsOwner } from "@/lib/deals/record-transition";

/**
 * Gives all of a user's open deals (and those deals' open tasks assigned to them) to another
 * active user: e.g. after deactivating someone. Each deal is written with a version check, and
 * StageTotal moves from the old owner to the new one in the same transaction.
 */
export async function reassignOpenDeals(options: { actor: Actor; input: z.input<typeof reassignDealsSchema> }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { fromUserId, toUserId } = parseSettingsInput(reassignDealsSchema, options.input);
  if (fromUserId === toUserId) throw new AppError("VALIDATION", "Pick another user to take the deals.", { fields: { toUserId: "Same user" } });
  return db.$transaction(
    async (tx) => {
      const [from, to] = await Promise.all([
        tx.user.findUnique({ where: { id: fromUserId }, select: { id: true } }),
        tx.user.findUnique({ where: { id: toUserId }, select: { active: true } }),
      ]);
      if (!from) throw new AppError("NOT_FOUND", "This user no longer exists.");
      if (!to?.active) throw new AppError("VALIDATION", "Deals can only go to an active user.", { fields: { toUserId: "Not an active user" } });
      const deals = await tx.deal.findMany({
        where: { ownerId: fromUserId, status: "OPEN" },
        orderBy: { id: "asc" },
        select: { id: true, version: true, stageId: true, currency: true, value: true },
      });
      for (const deal of deals) {
        const updated = await tx.deal.updateMany({
          where: { id: deal.id, version: deal.version, ownerId: fromUserId, status: "OPEN" },
          data: { ownerId: toUserId, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new AppError("CONFLICT", "One of these deals changed meanwhile. Try again.");
        const key = { stageId: deal.stageId, currency: deal.currency, value: deal.value };
        await moveTotals(tx, { ...key, ownerId: fromUserId }, { ...key, ownerId: toUserId });
      }
      await setVisitsOwner(tx, deals.map((d) => d.id), toUserId);
      const tasks = deals.length
        ? await tx.task.updateMany({ where: { assigneeId: fromUserId, doneAt: null, dealId: { in: deals.map((d) => d.id) } }, data: { assigneeId: toUserId } })
        : { count: 0 };
      await writeAuditLog(tx, {
        actor,
        action: "user.reassignDeals",
        entity: "User",
        entityId: fromUserId,
        details: { toUserId, deals: deals.length, tasks: tasks.count },
      });
      return { deals: deals.length, tasks: tasks.count };
    },
    { timeout: 60_000 },
  );
}
