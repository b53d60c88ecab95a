// Identity resolution for one batch, as pure graph work: identifiers that appear on one event
// belong to one person; identifiers already known point at their person. Connected identifiers
// form a group; a group with no known person is a new person, with one known person is that
// person, with several is a merge (they were found to share an identity).
//
// Some people must stay apart (`apart`: the known people a key may not merge, see
// resolve-people.ts): a link that would put two of them in one group is refused and reported as
// a conflict instead, so every group holds at most one of them. Links are taken event by event,
// identity by identity, in the order sent; an event belongs to the group of its first identity
// (its anonymous id when it has one). Pure.
import type { IdentityKey } from "@/lib/validation/events";

export const identityKey = (identity: IdentityKey): string => `${identity.kind}:${identity.value}`;

export interface IdentityGroup {
  /** Positions (in the array given) of the events of the group. */
  events: number[];
  /** Every identity of the group, known or new. */
  identities: IdentityKey[];
  /** Known people the group's identities point at: 0 new person, 1 that person, 2+ a merge. */
  people: string[];
}

/** An event that claimed two people who must stay apart. */
export interface IdentityConflict {
  /** The person the event's other identities resolved to. */
  personId: string;
  /** The person `identity` belongs to (or was tied to earlier in the batch). */
  otherId: string;
  identity: IdentityKey;
  /** Position of the event. */
  event: number;
}

class UnionFind {
  private parent = new Map<string, string>();
  /** Root → the one person of `apart` in its set. */
  private held = new Map<string, string>();

  find(x: string): string {
    let root = this.parent.get(x) ?? x;
    if (root === x) {
      if (!this.parent.has(x)) this.parent.set(x, x);
      return x;
    }
    root = this.find(root);
    this.parent.set(x, root);
    return root;
  }

  hold(x: string, personId: string): void {
    this.held.set(this.find(x), personId);
  }

  /** Joins the sets of a and b, unless each holds a different person: then returns the two. */
  union(a: string, b: string): [string, string] | null {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return null;
    const [ha, hb] = [this.held.get(ra), this.held.get(rb)];
    if (ha !== undefined && hb !== undefined && ha !== hb) return [ha, hb];
    this.parent.set(rb, ra);
    if (ha === undefined && hb !== undefined) this.held.set(ra, hb);
    this.held.delete(rb);
    return null;
  }
}

export function groupIdentities(events: { identities: IdentityKey[] }[], known: ReadonlyMap<string, string>): IdentityGroup[] {
  return groupIdentitiesApart(events, known, new Set()).groups;
}

export function groupIdentitiesApart(
  events: { identities: IdentityKey[] }[],
  known: ReadonlyMap<string, string>,
  apart: ReadonlySet<string>,
): { groups: IdentityGroup[]; conflicts: IdentityConflict[] } {
  const uf = new UnionFind();
  const identities = new Map<string, IdentityKey>();
  for (const event of events) for (const identity of event.identities) identities.set(identityKey(identity), identity);
  // Known identities join their person first, so an event's links are checked against them.
  for (const key of identities.keys()) {
    const person = known.get(key);
    if (person === undefined) continue;
    uf.union(key, `person:${person}`);
    if (apart.has(person)) uf.hold(key, person);
  }
  const conflicts: IdentityConflict[] = [];
  events.forEach((event, i) => {
    const first = identityKey(event.identities[0]);
    for (const identity of event.identities) {
      const refused = uf.union(first, identityKey(identity));
      if (refused) conflicts.push({ personId: refused[0], otherId: refused[1], identity, event: i });
    }
  });

  const groups = new Map<string, IdentityGroup>();
  const groupOf = (root: string) => {
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { events: [], identities: [], people: [] }));
    return group;
  };
  events.forEach((event, i) => groupOf(uf.find(identityKey(event.identities[0]))).events.push(i));
  for (const [key, identity] of identities) {
    const group = groupOf(uf.find(key));
    group.identities.push(identity);
    const person = known.get(key);
    if (person !== undefined && !group.people.includes(person)) group.people.push(person);
  }
  return { groups: [...groups.values()], conflicts };
}
