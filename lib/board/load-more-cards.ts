import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import type { BoardFilters } from "@/lib/validation/board";
import { PAGE_SIZE, addCardContext, cardSelect, columnWhere, toBoardCard, type BoardCard } from "./card-query";

/** The next 50 cards of one column, after the last card the client has (keyset by rank, id). */
export async function loadMoreCards(options: {
  actor: Actor;
  stageId: string;
  after: { rank: string; id: string };
  filters: BoardFilters;
  now?: Date;
}): Promise<{ cards: BoardCard[]; hasMore: boolean }> {
  const { actor, stageId, after, filters } = options;
  assertCan(actor, "board.view");
  const stage = await db.stage.findUnique({ where: { id: stageId }, select: { id: true, rottingDays: true } });
  if (!stage) throw new AppError("NOT_FOUND", "That stage does not exist.");
  const now = options.now ?? new Date();
  const base = columnWhere(stage, filters, actor.id, now);
  const rows = await db.deal.findMany({
    where: {
      // `rank >= after.rank` is implied by the OR, but lets SQLite seek the (stageId, status, rank)
      // index to the cursor instead of scanning the column from its top (O(depth) per page).
      AND: [
        base,
        { rank: { gte: after.rank } },
        { OR: [{ rank: { gt: after.rank } }, { rank: after.rank, id: { gt: after.id } }] },
      ],
    },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    select: cardSelect,
  });
  const cards = rows.slice(0, PAGE_SIZE).map((row) => toBoardCard(row, now));
  await addCardContext({ actor, cards });
  return { cards, hasMore: rows.length > PAGE_SIZE };
}
