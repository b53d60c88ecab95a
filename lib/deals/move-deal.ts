import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { rankBetween } from "./rank";
import { moveTotals } from "./stage-totals";
import { lockRow } from "@/lib/db-dialect";
import { recordTransition } from "./record-transition";

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
    const deal = await tx.deal.findUnique({
      where: { id: dealId },
      select: {
        id: true,
        ownerId: true,
        stageId: true,
        pipelineId: true,
        status: true,
        version: true,
        value: true,
        currency: true,
        stageEnteredAt: true,
      },
    });
    if (!deal) throw new AppError("NOT_FOUND", "This deal no longer exists.");
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

    // Creates, moves and reopens into one column take turns, so two never get the same rank.
    await lockRow(tx, "Stage", stage.id);
    const rank = await rankForSlot(tx, { stageId: stage.id, dealId, previousId: options.previousId, nextId: options.nextId });
    const stageChanged = stage.id !== deal.stageId;
    const now = new Date();
    const updated = await tx.deal.updateMany({
      where: { id: dealId, version },
      data: {
        rank,
        version: { increment: 1 },
        ...(stageChanged ? { stageId: stage.id, stageEnteredAt: now, lastTouchAt: now } : {}),
      },
    });
    if (updated.count !== 1) throw staleError();

    if (stageChanged) {
      await recordTransition(tx, {
        dealId,
        pipelineId: deal.pipelineId,
        fromStageId: deal.stageId,
        toStageId: stage.id,
        fromStatus: "OPEN",
        toStatus: "OPEN",
        at: now,
        byUserId: actor.id,
      });
      const key = { ownerId: deal.ownerId, currency: deal.currency, value: deal.value };
      await moveTotals(tx, { ...key, stageId: deal.stageId }, { ...key, stageId: stage.id });
    }
    // The row as just written: the version check above proves nobody wrote it in between.
    return {
      id: dealId,
      stageId: stage.id,
      rank,
      version: version + 1,
      stageEnteredAt: stageChanged ? now : deal.stageEnteredAt,
    };
  });
}

function staleError(currentVersion?: number): AppError {
  return new AppError(
    "CONFLICT",
    "Someone else changed this deal a moment ago. The board has been refreshed; try the move again.",
    currentVersion === undefined ? undefined : { currentVersion },
  );
}

/**
 * The rank for a slot between two cards. Neighbour ranks are read from the database, not trusted
 * from the client; a neighbour that moved away meanwhile is ignored and the slot is found from
 * the one that remains.
 */
async function rankForSlot(
  tx: Tx,
  slot: { stageId: string; dealId: string; previousId?: string | null; nextId?: string | null },
): Promise<string> {
  const inColumn = { stageId: slot.stageId, status: "OPEN" as const, id: { not: slot.dealId } };
  // Both neighbours in one query (each Prisma query costs ~0.5 ms, whatever it reads).
  const ids = [slot.previousId, slot.nextId].filter((id): id is string => Boolean(id));
  const found = ids.length
    ? await tx.deal.findMany({ where: { ...inColumn, id: { in: ids } }, select: { id: true, rank: true } })
    : [];
  const rankOf = (id: string | null | undefined) => (id ? (found.find((d) => d.id === id)?.rank ?? null) : null);
  const prev = rankOf(slot.previousId);
  const next = rankOf(slot.nextId);

  if (prev !== null) {
    // The card now right below `prev`: usually `next`, but another writer may have just put a
    // card between them, and the new rank must not equal that card's.
    const following = await tx.deal.findFirst({
      where: { ...inColumn, rank: { gt: prev } },
      orderBy: { rank: "asc" },
      select: { rank: true },
    });
    return rankBetween(prev, following?.rank ?? null);
  }
  if (next !== null) {
    const preceding = await tx.deal.findFirst({
      where: { ...inColumn, rank: { lt: next } },
      orderBy: { rank: "desc" },
      select: { rank: true },
    });
    return rankBetween(preceding?.rank ?? null, next);
  }
  // No usable neighbour: an empty column, or both neighbours gone. A slot asked for at the top
  // (nextId given but vanished) is rare enough that the bottom is a fine answer.
  const last = await tx.deal.findFirst({ where: inColumn, orderBy: { rank: "desc" }, select: { rank: true } });
  return rankBetween(last?.rank ?? null, null);
}
