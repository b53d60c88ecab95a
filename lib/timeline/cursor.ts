// The keyset cursor of the timeline: the (at, kind, id) of the last item shown. Items are ordered
// by at (newest first), then by kind (ITEM_KINDS order), then by id in the database's own order
// (descending). Each source turns the cursor into a condition its index can seek to.
import { AppError } from "@/lib/errors/app-error";
import { ITEM_KINDS, type ItemKind } from "./types";

export interface Cursor {
  at: Date;
  kind: ItemKind;
  id: string;
}

export const kindRank = (kind: ItemKind): number => ITEM_KINDS.indexOf(kind);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at.getTime(), cursor.kind, cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(text: string): Cursor {
  const invalid = () => new AppError("VALIDATION", "This timeline link is out of date. Reload the page.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [ms, kind, id] = parsed as unknown[];
  if (typeof ms !== "number" || !Number.isFinite(ms) || typeof id !== "string" || id.length === 0 || id.length > 100) throw invalid();
  if (!(ITEM_KINDS as readonly unknown[]).includes(kind)) throw invalid();
  return { at: new Date(ms), kind: kind as ItemKind, id };
}

/**
 * The Prisma condition "strictly older than the cursor" for a source of `kind` whose time is in
 * `field`. Sources ranked after the cursor's kind may still hold items at the cursor's instant;
 * sources ranked before it may not; the cursor's own source continues below its id.
 */
export function olderThan<F extends string>(field: F, kind: ItemKind, cursor: Cursor | null | undefined): Record<string, unknown> {
  if (!cursor) return {};
  const rank = kindRank(kind);
  const cursorRank = kindRank(cursor.kind);
  if (rank > cursorRank) return { [field]: { lte: cursor.at } };
  if (rank < cursorRank) return { [field]: { lt: cursor.at } };
  return { [field]: { lte: cursor.at }, OR: [{ [field]: { lt: cursor.at } }, { id: { lt: cursor.id } }] };
}

/**
 * Merges sources that are each already in their database order. A stable sort by (at desc, kind)
 * keeps each source's own id order for ties (the database's collation decides it, as it does for
 * the cursor condition), so no comparison of ids in JavaScript can disagree with the database.
 */
export function mergeNewestFirst<T extends { at: Date; kind: ItemKind }>(sources: T[][]): T[] {
  return sources.flat().sort((a, b) => b.at.getTime() - a.at.getTime() || kindRank(a.kind) - kindRank(b.kind));
}
