import "server-only";
import type { Tx } from "@/lib/db-client";

/** Merges point straight at the survivor (merge-people.ts re-points older chains); a few hops at most. */
const MAX_HOPS = 5;

/**
 * The person a note or task about `personId` belongs to: the person itself, or, when that profile
 * was merged, the person it lives on in (a page opened before the merge still sends the old id).
 * Null when there is no such person.
 */
export async function livePersonId(tx: Tx, personId: string): Promise<string | null> {
  let current = personId;
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    const person = await tx.person.findUnique({ where: { id: current }, select: { mergedIntoId: true } });
    if (!person) return null;
    if (!person.mergedIntoId) return current;
    current = person.mergedIntoId;
  }
  return current;
}
