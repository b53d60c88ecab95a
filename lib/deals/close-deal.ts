import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { applyTotalsDelta } from "./stage-totals";
import { recordTransition } from "./record-transition";

export interface CloseDealOptions {
  actor: Actor;
  dealId: string;
  version: number;
  outcome: "WON" | "LOST";
  /** Required when lost: one of the admin-defined, active loss reasons. */
  lossReasonId?: string | null;
  lossNote?: string | null;
}

/** Marks a deal won or lost. Losing always needs a reason. */
export async function closeDeal(options: CloseDealOptions) {
  const { actor, dealId, version, outcome } = options;
  const lossReasonId = outcome === "LOST" ? options.lossReasonId?.trim() || null : null;
  if (outcome === "LOST" && !lossReasonId) {
    throw new AppError("VALIDATION", "Choose why the deal was lost.", { fields: { lossReasonId: "Required" } });
  }
  return db.$transaction(async (tx) => {
    const deal = await tx.deal.findUnique({
      where: { id: dealId },
      select: { id: true, ownerId: true, stageId: true, pipelineId: true, status: true, version: true, value: true, currency: true },
    });
    if (!deal) throw new AppError("NOT_FOUND", "This deal no longer exists.");
    assertCan(actor, outcome === "WON" ? "deal.win" : "deal.lose", deal);
    if (deal.version !== version) {
      throw new AppError("CONFLICT", "Someone else changed this deal a moment ago. Reload and try again.", {
        currentVersion: deal.version,
      });
    }
    if (deal.status !== "OPEN") throw new AppError("CONFLICT", "This deal is already closed.");
    if (lossReasonId) {
      const reason = await tx.lossReason.findUnique({ where: { id: lossReasonId }, select: { active: true } });
      if (!reason || !reason.active) {
        throw new AppError("VALIDATION", "That loss reason is not available; pick another.", {
          fields: { lossReasonId: "Unknown reason" },
        });
      }
    }
    const now = new Date();
    const updated = await tx.deal.updateMany({
      where: { id: dealId, version },
      data: {
        status: outcome,
        closedAt: now,
        lastTouchAt: now,
        lossReasonId,
        lossNote: outcome === "LOST" ? options.lossNote?.trim() || null : null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Someone else changed this deal a moment ago. Reload and try again.");
    await recordTransition(tx, {
      dealId,
      pipelineId: deal.pipelineId,
      fromStageId: deal.stageId,
      toStageId: deal.stageId,
      fromStatus: "OPEN",
      toStatus: outcome,
      at: now,
      byUserId: actor.id,
      lossReasonId,
      note: outcome === "LOST" ? options.lossNote?.trim() || null : null,
    });
    await applyTotalsDelta(tx, { stageId: deal.stageId, ownerId: deal.ownerId, currency: deal.currency, count: -1, value: -deal.value });
    return tx.deal.findUniqueOrThrow({ where: { id: dealId }, select: { id: true, status: true, version: true } });
  });
}
