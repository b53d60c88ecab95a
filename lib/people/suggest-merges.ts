import "server-only";
// Suggested merges: two known people an event claimed to be one, from an API key that may not
// merge them (lib/events/resolve-people.ts). One row per pair, whatever its status: a dismissed
// pair stays dismissed when the claim comes again (a head decided, and an attacker repeating the
// claim must not nag them), a confirmed pair is one person by then. Each new suggestion writes an
// audit entry "person.mergeSuggest". A head confirms (confirm-merge-suggestion.ts) or dismisses
// (dismiss-merge-suggestion.ts) it on the person page.
import type { Tx } from "@/lib/db-client";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { IdentityKey } from "@/lib/validation/events";

export interface MergeClaim {
  personIds: [string, string];
  /** The evidence: the claimed identity that belongs to one of them, and the event's client id. */
  identity: IdentityKey;
  eventId: string;
}

/** The stored order of a pair: the smaller id first (the unique key is the ordered pair). */
export const orderedPair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** Records new suggestions (inside the caller's transaction, under IDENTITY_LOCK); returns how many. */
export async function suggestMergesInTransaction(options: { tx: Tx; suggestions: MergeClaim[]; apiKeyId: string | null; now: Date }): Promise<number> {
  const { tx, now } = options;
  const byPair = new Map<string, MergeClaim & { pair: [string, string] }>();
  for (const claim of options.suggestions) {
    const pair = orderedPair(...claim.personIds);
    const key = pair.join("|");
    if (pair[0] !== pair[1] && !byPair.has(key)) byPair.set(key, { ...claim, pair });
  }
  if (byPair.size === 0) return 0;
  const existing = await tx.mergeSuggestion.findMany({
    where: { OR: [...byPair.values()].map(({ pair }) => ({ personAId: pair[0], personBId: pair[1] })) },
    select: { personAId: true, personBId: true },
  });
  for (const row of existing) byPair.delete(`${row.personAId}|${row.personBId}`);
  for (const claim of byPair.values()) {
    const [personAId, personBId] = claim.pair;
    const row = await tx.mergeSuggestion.create({
      data: { personAId, personBId, identityKind: claim.identity.kind, identityValue: claim.identity.value, eventId: claim.eventId, apiKeyId: options.apiKeyId, createdAt: now },
      select: { id: true },
    });
    await writeAuditLog(tx, {
      actor: null,
      action: "person.mergeSuggest",
      entity: "Person",
      entityId: personAId,
      details: { suggestionId: row.id, other: personBId, identity: claim.identity, eventId: claim.eventId, apiKeyId: options.apiKeyId },
      at: now,
    });
  }
  return byPair.size;
}

/**
 * After a merge (any path): suggestions between the merged people are settled as confirmed, and
 * open ones with a third person now name the kept person (unless that pair already has a row).
 */
export async function carrySuggestionsInTransaction(options: { tx: Tx; keptId: string; mergedIds: string[]; actorId: string | null; now: Date }): Promise<void> {
  const { tx, keptId, mergedIds } = options;
  const all = [keptId, ...mergedIds];
  const rows = await tx.mergeSuggestion.findMany({
    where: { status: "OPEN", OR: [{ personAId: { in: all } }, { personBId: { in: all } }] },
    select: { id: true, personAId: true, personBId: true },
  });
  const taken = new Set(rows.map((r) => `${r.personAId}|${r.personBId}`));
  for (const row of rows) {
    const aIn = all.includes(row.personAId);
    const bIn = all.includes(row.personBId);
    if (aIn && bIn) {
      await tx.mergeSuggestion.update({ where: { id: row.id }, data: { status: "CONFIRMED", decidedAt: options.now, decidedById: options.actorId } });
      continue;
    }
    const other = aIn ? row.personBId : row.personAId;
    if ((aIn ? row.personAId : row.personBId) === keptId) continue;
    const [personAId, personBId] = orderedPair(keptId, other);
    const key = `${personAId}|${personBId}`;
    const clash = taken.has(key) || (await tx.mergeSuggestion.count({ where: { personAId, personBId } })) > 0;
    if (clash) await tx.mergeSuggestion.delete({ where: { id: row.id } });
    else await tx.mergeSuggestion.update({ where: { id: row.id }, data: { personAId, personBId } });
    taken.add(key);
  }
}
