import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { applyDealChange, readDealState } from "./apply-deal-change";

export interface MoveDealOptions {
  actor: Actor;
  dealId: string;
  toStageId: string;
  /** The card that will sit above the moved one (null: top of the column). */
  previousId?: string | null;
  /** The card that will sit below the moved one (null: bottom of the column). */
  nextId?: string | null;
  /** The version the client saw: a stale one is a conflict, never a silent overwrite. */
  version: number;
}

export interface MovedDeal {
  id: string;
  stageId: string;
  rank: string;
  version: number;
  stageEnteredAt: Date;
}

/** Moves a deal within or between the columns of its pipeline: one deal row + one transition. */
export async function moveDeal(options: MoveDealOptions): Promise<MovedDeal> {
  const { actor, dealId, toStageId, version } = options;
  return db.$transaction(async (tx) => {
    const deal = await readDealState(tx, dealId);
    assertCan(actor, "deal.move", deal);
    if (deal.status !== "OPEN") throw new AppError("CONFLICT", "Only open deals can be moved; reopen it first.");
    if (deal.version !== version) throw staleError(deal.version);

    // A reorder within the deal's own column needs no stage lookup (the foreign key vouches for it).
    const stage =
      toStageId === deal.stageId
        ? { id: deal.stageId, pipelineId: deal.pipelineId }
        : await tx.stage.findUnique({ where: { id: toStageId }, select: { id: true, pipelineId: true } });
    if (!stage) throw new AppError("NOT_FOUND", "The target stage does not exist.");
    if (stage.pipelineId !== deal.pipelineId) {
      throw new AppError("VALIDATION", "The target stage belongs to another pipeline.");
    }

    const result = await applyDealChange(tx, {
      deal,
      version,
      change: { stageId: stage.id, slot: { previousId: options.previousId, nextId: options.nextId } },
      byUserId: actor.id,
      at: new Date(),
    });
    if (!result.ok) throw staleError();
    // The row as just written: the version check proves nobody wrote it in between.
    const moved = result.deal;
    return { id: dealId, stageId: moved.stageId, rank: moved.rank!, version: moved.version, stageEnteredAt: moved.stageEnteredAt };
  });
}

function staleError(currentVersion?: number): AppError {
  return new AppError(
    "CONFLICT",
    "Someone else changed this deal a moment ago. The board has been refreshed; try the move again.",
    currentVersion === undefined ? undefined : { currentVersion },
  );
}
