import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BoardFilters } from "@/lib/validation/board";
import { containsText } from "@/lib/db-dialect";

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
  owner: { select: { name: true } },
  person: { select: { id: true, name: true, company: true, temperature: true } },
  tasks: {
    where: { doneAt: null, dueAt: { not: null } },
    orderBy: { dueAt: "asc" },
    take: 1,
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
}

export function toBoardCard(row: CardRow): BoardCard {
  const task = row.tasks[0];
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
  };
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
