// Where a card lands in a column. Called by applyDealChange with the column's stage lock held, so
// creates, moves and reopens into one column take turns and two never get the same rank.
import type { Tx } from "@/lib/db-client";
import { rankBetween } from "./rank";

/** Between two cards the client saw (either may be null: top or bottom of the column). */
export interface Slot {
  previousId?: string | null;
  nextId?: string | null;
}

/**
 * The rank for a slot between two cards. Neighbour ranks are read from the database, not trusted
 * from the client; a neighbour that moved away meanwhile is ignored and the slot is found from
 * the one that remains. "top": above every open card of the column (a new or reopened deal).
 */
export async function rankForSlot(tx: Tx, stageId: string, dealId: string, slot: Slot | "top"): Promise<string> {
  const inColumn = { stageId, status: "OPEN" as const, id: { not: dealId } };
  if (slot === "top") {
    const first = await tx.deal.findFirst({ where: inColumn, orderBy: { rank: "asc" }, select: { rank: true } });
    return rankBetween(null, first?.rank ?? null);
  }
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
