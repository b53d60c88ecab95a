import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { applyDealChange, readDealState, staleDealError } from "./apply-deal-change";

/**
 * Puts a won or lost deal back on the board, in the stage it was closed from, at the top of the
 * column (like a new deal): its old rank may have been taken by a card created meanwhile.
 */
export async function reopenDeal(options: { actor: Actor; dealId: string; version: number }) {
  const { actor, dealId, version } = options;
  return db.$transaction(async (tx) => {
    const deal = await readDealState(tx, dealId);
    assertCan(actor, "deal.reopen", deal);
    if (deal.version !== version) throw staleDealError(deal.version);
    if (deal.status === "OPEN") throw new AppError("CONFLICT", "This deal is already open.");
    const result = await applyDealChange(tx, { deal, version, change: { status: "OPEN", slot: "top" }, byUserId: actor.id, at: new Date() });
    if (!result.ok) throw staleDealError();
    return { id: dealId, status: result.deal.status, version: result.deal.version };
  });
}
