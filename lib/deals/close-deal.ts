import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { closeDealTasks } from "@/lib/tasks/close-deal-tasks";
import { applyDealChange, readDealState, staleDealError } from "./apply-deal-change";

export interface CloseDealOptions {
  actor: Actor;
  dealId: string;
  version: number;
  outcome: "WON" | "LOST";
  /** Required when lost: one of the admin-defined, active loss reasons. */
  lossReasonId?: string | null;
  lossNote?: string | null;
}

/** Marks a deal won or lost (losing always needs a reason); its open tasks close with it. */
export async function closeDeal(options: CloseDealOptions) {
  const { actor, dealId, version, outcome } = options;
  const lossReasonId = outcome === "LOST" ? options.lossReasonId?.trim() || null : null;
  if (outcome === "LOST" && !lossReasonId) {
    throw new AppError("VALIDATION", "Choose why the deal was lost.", { fields: { lossReasonId: "Required" } });
  }
  return db.$transaction(async (tx) => {
    const deal = await readDealState(tx, dealId);
    assertCan(actor, outcome === "WON" ? "deal.win" : "deal.lose", deal);
    if (deal.version !== version) throw staleDealError(deal.version);
    if (deal.status !== "OPEN") throw new AppError("CONFLICT", "This deal is already closed.");
    if (lossReasonId) {
      const reason = await tx.lossReason.findUnique({ where: { id: lossReasonId }, select: { active: true } });
      if (!reason || !reason.active) {
        throw new AppError("VALIDATION", "That loss reason is not available; pick another.", {
          fields: { lossReasonId: "Unknown reason" },
        });
      }
    }
    const at = new Date();
    const result = await applyDealChange(tx, {
      deal,
      version,
      change: { status: outcome, lossReasonId, lossNote: outcome === "LOST" ? options.lossNote?.trim() || null : null },
      byUserId: actor.id,
      at,
    });
    if (!result.ok) throw staleDealError();
    const closedTasks = await closeDealTasks(tx, { dealId, at });
    return { id: dealId, status: result.deal.status, version: result.deal.version, closedTasks };
  });
}
