import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { decodeCursor, encodeCursor, mergeNewestFirst, type Cursor } from "./cursor";
import { eventItems, fieldItems, noteItems, stageItems, taskCreatedItems, taskDoneItems, type SourceQuery } from "./sources";
import { FILTER_KINDS, ITEM_KINDS_OF, type FilterKind, type ItemKind, type TimelineItem, type TimelinePage } from "./types";

export const DEFAULT_TIMELINE_LIMIT = 50;
export const MAX_TIMELINE_LIMIT = 200;

const SOURCES: Record<ItemKind, (q: SourceQuery) => Promise<TimelineItem[]>> = {
  event: eventItems,
  stage: stageItems,
  field: fieldItems,
  note: noteItems,
  task_created: taskCreatedItems,
  task_done: taskDoneItems,
};

/**
 * One person's stream, newest first: their events, the stage and status changes and field edits of their deals,
 * notes, and tasks created and done. Keyset-paged: every source reads at most `limit + 1` rows
 * below the cursor on its own index, so the page costs the same at the 10th or the 100,000th event.
 */
export async function getTimeline(options: {
  actor: Actor;
  personId: string;
  cursor?: string | null;
  kinds?: readonly FilterKind[] | null;
  limit?: number;
}): Promise<TimelinePage> {
  assertCan(options.actor, "person.view");
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_TIMELINE_LIMIT)), MAX_TIMELINE_LIMIT);
  const cursor: Cursor | null = options.cursor ? decodeCursor(options.cursor) : null;
  const chosen = (options.kinds ?? []).filter((kind) => (FILTER_KINDS as readonly string[]).includes(kind));
  const filters = chosen.length > 0 ? chosen : FILTER_KINDS;
  const kinds = new Set(filters.flatMap((kind) => ITEM_KINDS_OF[kind]));

  const [person, deals] = await Promise.all([
    db.person.findUnique({ where: { id: options.personId }, select: { id: true } }),
    kinds.has("stage") || kinds.has("field") || kinds.has("task_created") || kinds.has("task_done")
      ? db.deal.findMany({ where: { personId: options.personId }, select: { id: true } })
      : Promise.resolve([]),
  ]);
  if (!person) throw new AppError("NOT_FOUND", "This person does not exist.");

  const query: SourceQuery = { personId: person.id, dealIds: deals.map((d) => d.id), cursor, take: limit + 1 };
  const sources = await Promise.all([...kinds].map((kind) => SOURCES[kind](query)));
  const merged = mergeNewestFirst(sources);
  const items = merged.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: merged.length > limit && last ? encodeCursor(last) : null };
}
