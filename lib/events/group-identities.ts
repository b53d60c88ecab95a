// Identity resolution for one batch, as pure graph work: identifiers that appear on one event
// belong to one person; identifiers already known point at their person. Connected identifiers
// form a group; a group with no known person is a new person, with one known person is that
// person, with several is a merge (they were found to share an identity). Pure.
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

class UnionFind {
  private parent = new Map<string, string>();

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

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export function groupIdentities(events: { identities: IdentityKey[] }[], known: ReadonlyMap<string, string>): IdentityGroup[] {
  const uf = new UnionFind();
  const identities = new Map<string, IdentityKey>();
  for (const event of events) {
    const first = identityKey(event.identities[0]);
    for (const identity of event.identities) {
      const key = identityKey(identity);
      identities.set(key, identity);
      uf.union(first, key);
    }
  }
  for (const key of identities.keys()) {
    const person = known.get(key);
    if (person !== undefined) uf.union(key, `person:${person}`);
  }

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
  return [...groups.values()];
}
