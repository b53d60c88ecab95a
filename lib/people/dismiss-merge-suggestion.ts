import "server-only";
// "Not the same person" on a suggested merge (person.merge: heads and admins): nothing moves;
// the suggestion is closed as dismissed, by whom and when, with an audit entry
// "person.mergeDismiss". The same claim later does not reopen it (suggest-merges.ts).
import { db } from "@/lib/db";
import { lockWriters } from "@/lib/db-dialect";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { IDENTITY_LOCK } from "./merge-people";
import { openSuggestion } from "./open-suggestion";

export async function dismissMergeSuggestion(options: { actor: Actor; suggestionId: string; now?: Date }): Promise<{ id: string; personIds: [string, string] }> {
  assertCan(options.actor, "person.merge");
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    await lockWriters(tx, IDENTITY_LOCK);
    const suggestion = await openSuggestion(tx, options.suggestionId);
    await tx.mergeSuggestion.update({ where: { id: suggestion.id }, data: { status: "DISMISSED", decidedAt: now, decidedById: options.actor.id } });
    await writeAuditLog(tx, {
      actor: options.actor,
      action: "person.mergeDismiss",
      entity: "Person",
      entityId: suggestion.personAId,
      details: {
        suggestionId: suggestion.id,
        other: suggestion.personBId,
        identity: { kind: suggestion.identityKind, value: suggestion.identityValue },
        eventId: suggestion.eventId,
      },
      at: now,
    });
    return { id: suggestion.id, personIds: [suggestion.personAId, suggestion.personBId] };
  });
}
