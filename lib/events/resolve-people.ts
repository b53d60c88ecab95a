import "server-only";
// Finds the person behind every event of a batch, set-based: with the known identities already
// read (read-batch-state.ts), one insert of new people, one insert of new identities, and a merge
// where the batch ties an anonymous visitor to a person (an anonymous id seen with an email that
// belongs to someone else). Merges update `state` (signals, open deals) for the writes after.
//
// Two *known* people (each with an email, phone, messenger or external id) are never merged on
// an event's word, unless the key is a SECRET key allowed to (mergesKnownPeople): a public key
// sits in web pages, so anyone can claim A's email with B's phone. Such a claim is refused link by
// link (group-identities.ts): the claimed identity stays with its owner, the event stays with the
// person its first identity (the anonymous id, when sent) resolves to, and the pair becomes a
// suggested merge for a head (lib/people/suggest-merges.ts).
import type { Tx } from "@/lib/db-client";
import { mergePeopleInTransaction } from "@/lib/people/merge-people";
import { suggestMergesInTransaction } from "@/lib/people/suggest-merges";
import type { IdentityKey } from "@/lib/validation/events";
import { insertRows } from "./bulk-sql";
import { groupIdentities, groupIdentitiesApart, identityKey, type IdentityConflict, type IdentityGroup } from "./group-identities";
import { newIds } from "./new-id";
import type { BatchState } from "./read-batch-state";
import type { ParsedEvent } from "./parse-batch";
import { isPlaceholderName, nameForNewPerson } from "./person-name";

const PERSON_COLUMNS = [
  ["id", "text"],
  ["name", "text"],
  ["company", "text"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
  ["firstTouchChannel", "text"],
] as const;
const IDENTITY_COLUMNS = [
  ["id", "text"],
  ["personId", "text"],
  ["kind", "enum:IdentityKind"],
  ["value", "text"],
  ["createdAt", "timestamp"],
] as const;

/** The latest name/company an event of the group was sent with (identify() calls carry them). */
function latestTraits(group: IdentityGroup, events: ParsedEvent[]) {
  let name: string | null = null;
  let company: string | null = null;
  let at = -Infinity;
  for (const i of group.events) {
    const { traits, occurredAt } = events[i];
    if (traits && occurredAt.getTime() >= at) {
      at = occurredAt.getTime();
      name = traits.name ?? name;
      company = traits.company ?? company;
    }
  }
  return { name, company };
}

/**
 * Returns the person id of every event (same positions as `events`), creating and merging
 * people as the identities require. Runs in the ingest transaction, under IDENTITY_LOCK.
 */
export async function resolvePeople(options: {
  tx: Tx;
  events: ParsedEvent[];
  now: Date;
  state: BatchState;
  apiKeyId: string;
  /** May the batch merge two known people (a SECRET key allowed to)? Otherwise: suggestions. */
  mergesKnownPeople: boolean;
}): Promise<string[]> {
  const { tx, events, now, state } = options;
  const known = state.known;
  let groups = groupIdentities(events, known);
  let conflicts: IdentityConflict[] = [];
  // Only a batch that links known people pays for finding out which of them are known by more
  // than an anonymous id (one query), and for grouping again with those kept apart.
  if (!options.mergesKnownPeople && groups.some((g) => g.people.length > 1)) {
    const apart = await knownByMoreThanAnonymousId(tx, groups.flatMap((g) => (g.people.length > 1 ? g.people : [])));
    if (apart.size > 1) ({ groups, conflicts } = groupIdentitiesApart(events, known, apart));
  }
  /** Person id → the person it is after this batch's merges. */
  const keptOf = new Map<string, string>();
  const personOf: string[] = new Array(events.length);
  const newPeople: unknown[][] = [];
  const newIdentities: [IdentityKey, string][] = [];
  const renames: { personId: string; name: string | null; company: string | null }[] = [];

  const ids = newIds(groups.length);
  for (const [g, group] of groups.entries()) {
    let personId: string;
    const traits = latestTraits(group, events);
    if (group.people.length === 0) {
      personId = ids[g];
      const first = Math.min(now.getTime(), ...group.events.map((i) => events[i].occurredAt.getTime()));
      const firstChannel = group.events.map((i) => events[i]).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()).find((e) => e.channel)?.channel ?? null;
      newPeople.push([personId, nameForNewPerson(group.identities, traits.name), traits.company, new Date(first), now, firstChannel]);
    } else if (group.people.length === 1) {
      personId = group.people[0];
    } else {
      const merged = await mergePeopleInTransaction({
        tx,
        personIds: group.people,
        actorId: null,
        details: { reason: "shared identity", identities: group.identities.map(identityKey), apiKeyId: options.apiKeyId },
        now,
        config: state.config,
      });
      personId = merged.keptId;
      for (const id of group.people) keptOf.set(id, personId);
      if (group.people.some((id) => state.openDeals.has(id))) state.openDeals.add(personId);
      for (const id of merged.mergedIds) state.signals.delete(id);
      state.signals.set(personId, merged.signals);
    }
    if (group.people.length > 0 && (traits.name || traits.company)) renames.push({ personId, ...traits });
    for (const i of group.events) personOf[i] = personId;
    for (const identity of group.identities) {
      if (!known.has(identityKey(identity))) newIdentities.push([identity, personId]);
    }
  }

  if (newPeople.length > 0) {
    await insertRows(tx, { table: "Person", columns: PERSON_COLUMNS, rows: newPeople });
  }
  if (newIdentities.length > 0) {
    const identityIds = newIds(newIdentities.length);
    await insertRows(tx, {
      table: "Identity",
      columns: IDENTITY_COLUMNS,
      rows: newIdentities.map(([identity, personId], i) => [identityIds[i], personId, identity.kind, identity.value, now]),
      onConflict: `ON CONFLICT ("kind", "value") DO NOTHING`,
    });
  }
  if (renames.length > 0) await applyTraits(tx, renames, now);
  if (conflicts.length > 0) {
    const kept = (id: string) => keptOf.get(id) ?? id;
    await suggestMergesInTransaction({
      tx,
      now,
      apiKeyId: options.apiKeyId,
      suggestions: conflicts.map((c) => ({ personIds: [kept(c.personId), kept(c.otherId)], identity: c.identity, eventId: events[c.event].clientId })),
    });
  }
  return personOf;
}

/** Of these people, those with an identity other than an anonymous web id. */
async function knownByMoreThanAnonymousId(tx: Tx, personIds: string[]): Promise<Set<string>> {
  const rows = await tx.identity.findMany({
    where: { personId: { in: [...new Set(personIds)] }, kind: { not: "ANON_ID" } },
    select: { personId: true },
    distinct: ["personId"],
  });
  return new Set(rows.map((r) => r.personId));
}

/** identify() with a name: replaces a made-up name ("Visitor …", an email), never a typed one. */
async function applyTraits(tx: Tx, renames: { personId: string; name: string | null; company: string | null }[], now: Date) {
  const people = await tx.person.findMany({ where: { id: { in: renames.map((r) => r.personId) } }, select: { id: true, name: true, company: true } });
  for (const person of people) {
    const traits = renames.find((r) => r.personId === person.id)!;
    const name = traits.name && isPlaceholderName(person.name) ? traits.name : null;
    const company = traits.company && !person.company ? traits.company : null;
    if (name || company) {
      await tx.person.update({ where: { id: person.id }, data: { ...(name ? { name } : {}), ...(company ? { company } : {}), updatedAt: now } });
    }
  }
}
