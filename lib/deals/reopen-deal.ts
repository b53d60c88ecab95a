import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { rankBetween } from "./rank";
import { lockRow } from "@/lib/db-dialect";
import { applyTotalsDelta } from "./stage-totals";
import { recordTransition } from "./record-transition";

/**
 * Puts a won or lost deal back on the board, in the stage it was closed from, at the top of the
 * column (like a new deal): its old rank may have been taken by a card created meanwhile.
 */
export async function reopenDeal(options: { actor: Actor; dealId: string; version: number }) {
  const { actor, dealId, version } = options;
  return db.$transaction(async (tx) => {
    const deal = await tx.deal.findUnique({
      where: { id: dealId },
      select: { id: true, ownerId: true, stageId: true, pipelineId: true, status: true, version: true, value: true, currency: true },
    });
    if (!deal) throw new AppError("NOT_FOUND", "This deal no longer exists.");
    assertCan(actor, "deal.reopen", deal);
    if (deal.version !== version) {
      throw new AppError("CONFLICT", "Someone else changed this deal a moment ago. Reload and try again.", {
        currentVersion: deal.version,
      });
    }
    if (deal.status === "OPEN") throw new AppError("CONFLICT", "This deal is already open.");
    // Creates, moves and reopens into one column take turns, so two never get the same rank.
    await lockRow(tx, "Stage", deal.stageId);
    const first = await tx.deal.findFirst({
      where: { stageId: deal.stageId, status: "OPEN" },
      orderBy: { rank: "asc" },
      select: { rank: true },
    });
    const now = new Date();
    const updated = await tx.deal.updateMany({
      where: { id: dealId, version },
      data: {
        status: "OPEN",
        rank: rankBetween(null, first?.rank ?? null),
        closedAt: null,
        lossReasonId: null,
        lossNote: null,
        stageEnteredAt: now,
        lastTouchAt: now,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Someone else changed this deal a moment ago. Reload and try again.");
    await recordTransition(tx, {
      dealId,
      pipelineId: deal.pipelineId,
      fromStageId: deal.stageId,
      toStageId: deal.stageId,
      fromStatus: deal.status,
      toStatus: "OPEN",
      at: now,
      byUserId: actor.id,
    });
    await applyTotalsDelta(tx, { stageId: deal.stageId, ownerId: deal.ownerId, currency: deal.currency, count: 1, value: deal.value });
    return tx.deal.findUniqueOrThrow({ where: { id: dealId }, select: { id: true, status: true, version: true } });
  });
}
