import "server-only";
// "Merge" on a suggested merge (person.merge: heads and admins): the two people become one by
// the one merge path (mergePeopleInTransaction: the older stays, audit entry "person.merge" with
// reason "suggested merge"), which also marks the suggestion confirmed, by whom and when.
import { db } from "@/lib/db";
import { lockWriters } from "@/lib/db-dialect";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { IDENTITY_LOCK, mergePeopleInTransaction, type MergeResult } from "./merge-people";
import { openSuggestion } from "./open-suggestion";

export async function confirmMergeSuggestion(options: { actor: Actor; suggestionId: string; now?: Date }): Promise<MergeResult> {
  assertCan(options.actor, "person.merge");
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    await lockWriters(tx, IDENTITY_LOCK);
    const suggestion = await openSuggestion(tx, options.suggestionId);
    const merged = await mergePeopleInTransaction({
      tx,
      personIds: [suggestion.personAId, suggestion.personBId],
      actorId: options.actor.id,
      details: {
        reason: "suggested merge",
        suggestionId: suggestion.id,
        identity: { kind: suggestion.identityKind, value: suggestion.identityValue },
        eventId: suggestion.eventId,
      },
      now,
    });
    return { keptId: merged.keptId, mergedIds: merged.mergedIds };
  });
}
