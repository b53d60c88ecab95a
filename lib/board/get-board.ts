import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import type { BoardFilters } from "@/lib/validation/board";
import { PAGE_SIZE, addCardContext, cardSelect, columnWhere, needsScanForTotals, ownerIdFor, toBoardCard, type BoardCard } from "./card-query";

export interface MoneyTotal {
  currency: string;
  value: number; // minor units
  weighted: number; // value × stage probability, minor units
}

export interface BoardColumn {
  stage: { id: string; name: string; position: number; probability: number; rottingDays: number | null; color: string };
  count: number;
  totals: MoneyTotal[];
  cards: BoardCard[];
  hasMore: boolean;
}

export interface Board {
  pipeline: { id: string; name: string; currency: string };
  columns: BoardColumn[];
}

/** The board's first page: 50 cards per stage plus exact totals that follow the filters. */
export async function getBoard(options: { actor: Actor; pipelineId: string; filters: BoardFilters; now?: Date }): Promise<Board> {
  const { actor, pipelineId, filters } = options;
  assertCan(actor, "board.view");
  const now = options.now ?? new Date();
  const pipeline = await db.pipeline.findUnique({
    where: { id: pipelineId },
    select: {
      id: true,
      name: true,
      currency: true,
      stages: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, position: true, probability: true, rottingDays: true, color: true },
      },
    },
  });
  if (!pipeline) throw new AppError("NOT_FOUND", "That pipeline does not exist.");

  // Card pages, then the notes of all their cards in one query, beside the totals.
  const cardPages = async () => {
    const pages = await Promise.all(
      pipeline.stages.map((stage) =>
        db.deal.findMany({
          where: columnWhere(stage, filters, actor.id, now),
          orderBy: [{ rank: "asc" }, { id: "asc" }],
          take: PAGE_SIZE + 1,
          select: cardSelect,
        }),
      ),
    );
    const cards = pages.map((rows) => rows.slice(0, PAGE_SIZE).map((row) => toBoardCard(row, now)));
    await addCardContext({ actor, cards: cards.flat() });
    return pages.map((rows, i) => ({ cards: cards[i], hasMore: rows.length > PAGE_SIZE }));
  };
  const [pages, totals] = await Promise.all([cardPages(), columnTotals(pipeline.stages, filters, actor.id, now)]);

  const { stages, ...rest } = pipeline;
  return {
    pipeline: rest,
    columns: stages.map((stage, i) => {
      const page = pages[i];
      const t = totals.get(stage.id) ?? { count: 0, byCurrency: new Map<string, bigint>() };
      return {
        stage,
        count: t.count,
        totals: [...t.byCurrency].map(([currency, value]) => ({
          currency,
          value: Number(value),
          weighted: Math.round((Number(value) * stage.probability) / 100),
        })),
        cards: page.cards,
        hasMore: page.hasMore,
      };
    }),
  };
}

type Totals = Map<string, { count: number; byCurrency: Map<string, bigint> }>;

async function columnTotals(
  stages: { id: string; rottingDays: number | null }[],
  filters: BoardFilters,
  viewerId: string,
  now: Date,
): Promise<Totals> {
  const totals: Totals = new Map(stages.map((s) => [s.id, { count: 0, byCurrency: new Map() }]));
  const add = (stageId: string, currency: string, count: number, value: bigint | null) => {
    const t = totals.get(stageId);
    if (!t || count === 0) return;
    t.count += count;
    t.byCurrency.set(currency, (t.byCurrency.get(currency) ?? BigInt(0)) + (value ?? BigInt(0)));
  };

  if (!needsScanForTotals(filters)) {
    // Counters kept in step by every deal write: O(owners × currencies), whatever the deal count.
    const ownerId = ownerIdFor(filters, viewerId);
    const rows = await db.stageTotal.groupBy({
      by: ["stageId", "currency"],
      where: { stageId: { in: stages.map((s) => s.id) }, ...(ownerId ? { ownerId } : {}) },
      _sum: { count: true, value: true },
    });
    for (const r of rows) add(r.stageId, r.currency, r._sum.count ?? 0, r._sum.value);
    return totals;
  }
  const perStage = await Promise.all(
    stages.map((stage) =>
      db.deal.groupBy({
        by: ["currency"],
        where: columnWhere(stage, filters, viewerId, now),
        _count: { _all: true },
        _sum: { value: true },
      }),
    ),
  );
  perStage.forEach((rows, i) => rows.forEach((r) => add(stages[i].id, r.currency, r._count._all, r._sum.value)));
  return totals;
}
