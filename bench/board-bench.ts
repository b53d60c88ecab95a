// Board reads through the app's own domain functions: the first page (50 cards per stage plus
// exact totals) and "load more" paging through the biggest column.
import { getBoard, type Board } from "../lib/board/get-board";
import { loadMoreCards } from "../lib/board/load-more-cards";
import type { BoardCard } from "../lib/board/card-query";
import { measure, type Summary } from "./measure";
import { assertBench, type BenchContext } from "./bench-context";

function firstPage(ctx: BenchContext): Promise<Board> {
  return getBoard({ actor: ctx.actor, pipelineId: ctx.pipelineId, filters: {} });
}

function checkBoard(board: Board, ctx: BenchContext): void {
  assertBench(board.columns.length === 7, `expected 7 columns, got ${board.columns.length}`);
  const count = board.columns.reduce((s, c) => s + c.count, 0);
  assertBench(count === ctx.size, `board counts ${count} open deals, seeded ${ctx.size}`);
  for (const c of board.columns) {
    assertBench(c.cards.length === Math.min(50, c.count), `column ${c.stage.name} shows ${c.cards.length} of ${c.count}`);
  }
}

export async function benchBoardFirstPage(ctx: BenchContext): Promise<Summary> {
  checkBoard(await firstPage(ctx), ctx);
  return measure({ warmup: ctx.warmup, iterations: ctx.iterations, run: () => firstPage(ctx) });
}

export interface LoadMoreSummary extends Summary {
  stageCount: number;
  deepestOffset: number;
}

/** Pages down the biggest column, 50 cards at a time, starting over at its end. */
export async function benchLoadMore(ctx: BenchContext): Promise<LoadMoreSummary> {
  const board = await firstPage(ctx);
  const column = board.columns.reduce((a, b) => (b.count > a.count ? b : a));
  const start = column.cards[column.cards.length - 1];
  let cursor: BoardCard = start;
  let offset = column.cards.length;
  let deepestOffset = offset;

  const summary = await measure({
    warmup: ctx.warmup,
    iterations: ctx.iterations,
    prepare: () => cursor,
    run: (after) =>
      loadMoreCards({ actor: ctx.actor, stageId: column.stage.id, after: { rank: after.rank, id: after.id }, filters: {} }),
    verify: (page, after) => {
      assertBench(page.cards.length > 0 || !page.hasMore, "an empty page that claims to have more");
      assertBench(page.cards.every((c) => c.rank > after.rank || (c.rank === after.rank && c.id > after.id)), "a card before the cursor");
      offset += page.cards.length;
      deepestOffset = Math.max(deepestOffset, offset);
      if (page.hasMore) {
        cursor = page.cards[page.cards.length - 1];
      } else {
        assertBench(offset === column.count, `paged through ${offset} cards of ${column.count}`);
        cursor = start;
        offset = column.cards.length;
      }
    },
  });
  return { ...summary, stageCount: column.count, deepestOffset };
}
