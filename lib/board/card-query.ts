import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BoardFilters } from "@/lib/validation/board";
import { containsText } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import { listCardNotes } from "@/lib/notes/list-card-notes";

export const PAGE_SIZE = 50;

/** The columns a board card needs, and nothing else (the board renders hundreds of them). */
export const cardSelect = {
  id: true,
  title: true,
  value: true,
  currency: true,
  rank: true,
  version: true,
  stageId: true,
  ownerId: true,
  stageEnteredAt: true,
  lastTouchAt: true,
  expectedCloseAt: true,
  closeDatePushes: true,
  owner: { select: { name: true } },
  person: { select: { id: true, name: true, company: true, temperature: true } },
  // Every open task with a due time, earliest first: the first is the card's next task, the
  // overdue ones are counted. (Prisma loads these with one IN query per column either way; a
  // `take: 1` here would be applied in memory after fetching the same rows.)
  tasks: {
    where: { doneAt: null, dueAt: { not: null } },
    orderBy: { dueAt: "asc" },
    select: { dueAt: true, title: true },
  },
} satisfies Prisma.DealSelect;

export type CardRow = Prisma.DealGetPayload<{ select: typeof cardSelect }>;

export interface BoardCard {
  id: string;
  title: string;
  value: number; // minor units
  currency: string;
  rank: string;
  version: number;
  stageId: string;
  ownerId: string;
  ownerName: string;
  person: { id: string; name: string; company: string | null; temperature: "COLD" | "WARM" | "HOT" } | null;
  stageEnteredAt: string;
  lastTouchAt: string;
  nextTask: { dueAt: string; title: string } | null;
  /** Times the expected close date was pushed later ("pushed 3×"); absent when never. */
  closeDatePushes?: number;
  /** "Why" and what is late, when there is something to say (absent otherwise: the board sends hundreds of cards). */
  context?: CardContext;
}

export interface CardContext {
  /** The latest motivation note, cut short. */
  motivation: string | null;
  /** The newest open objections, cut short. */
  objections: string[];
  openObjections: number;
  /** Open tasks whose due time has passed. */
  overdueTasks: number;
}

export function toBoardCard(row: CardRow, now: Date): BoardCard {
  const task = row.tasks[0];
  const overdueTasks = row.tasks.filter((t) => t.dueAt !== null && t.dueAt.getTime() < now.getTime()).length;
  return {
    id: row.id,
    title: row.title,
    value: Number(row.value),
    currency: row.currency,
    rank: row.rank,
    version: row.version,
    stageId: row.stageId,
    ownerId: row.ownerId,
    ownerName: row.owner.name,
    person: row.person,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    lastTouchAt: row.lastTouchAt.toISOString(),
    nextTask: task?.dueAt ? { dueAt: task.dueAt.toISOString(), title: task.title } : null,
    ...(row.closeDatePushes > 0 ? { closeDatePushes: row.closeDatePushes } : {}),
    ...(overdueTasks > 0 ? { context: { motivation: null, objections: [], openObjections: 0, overdueTasks } } : {}),
  };
}

/**
 * Adds the latest motivation and the open objections to a page of cards with one set-based query,
 * whatever the number of cards (overdue counts come with the cards' own task rows). Mutates the cards.
 */
export async function addCardContext(options: { actor: Actor; cards: BoardCard[] }): Promise<void> {
  const { actor, cards } = options;
  if (cards.length === 0) return;
  const notes = await listCardNotes({ actor, cards: cards.map((c) => ({ id: c.id, personId: c.person?.id ?? null })) });
  for (const card of cards) {
    const n = notes.get(card.id);
    if (!n) continue;
    card.context = { ...n, overdueTasks: card.context?.overdueTasks ?? 0 };
  }
}

/** Owner filter resolved against the viewer: "me" → their id, "all"/empty → everyone. */
export function ownerIdFor(filters: BoardFilters, viewerId: string): string | undefined {
  if (!filters.owner || filters.owner === "all") return undefined;
  return filters.owner === "me" ? viewerId : filters.owner;
}

/** The WHERE clause of one column under the active filters. */
export function columnWhere(
  stage: { id: string; rottingDays: number | null },
  filters: BoardFilters,
  viewerId: string,
  now: Date,
): Prisma.DealWhereInput {
  const ownerId = ownerIdFor(filters, viewerId);
  const where: Prisma.DealWhereInput = { stageId: stage.id, status: "OPEN" };
  if (ownerId) where.ownerId = ownerId;
  if (filters.temperature) where.person = { temperature: filters.temperature };
  if (filters.q) {
    where.OR = [{ title: containsText(filters.q) }, { person: { name: containsText(filters.q) } }];
  }
  if (filters.rotting) {
    // A column whose stage never rots has no rotting deals.
    where.lastTouchAt =
      stage.rottingDays === null ? { lt: new Date(0) } : { lt: new Date(now.getTime() - stage.rottingDays * 86_400_000) };
  }
  return where;
}

/** Only the owner filter is served by the StageTotal counters; anything else needs a scan. */
export function needsScanForTotals(filters: BoardFilters): boolean {
  return Boolean(filters.q || filters.temperature || filters.rotting);
}
