// Unified profiles: a person with the identities every channel knows them by (email, phone,
// web cookie, messenger handle). Identity values are unique per kind, as in the database.
import type { IdentityKind } from "../../lib/generated/prisma/enums";
import type { Company } from "./catalog";
import { chance, faker, fakerRU, newId } from "./random";
import { latin } from "./translit";
import type { IdentityRow, PersonRow, SeedData } from "./types";

export interface PersonSpec {
  name?: string;
  company?: Company | null;
  ownerId: string | null;
  firstTouchChannel: string | null;
  createdAt: Date;
  /** Which identities to give; omitted ones are chosen at random for the segment. */
  email?: string | null;
  phone?: string | null;
  anonId?: string | null;
  messenger?: string | null;
  segment: "b2b" | "shop" | "visitor";
}

export class PeopleBuilder {
  private taken = new Set<string>();

  constructor(private data: SeedData) {}

  /** Adds a person and their identities; returns the person row (scores are filled in later). */
  add(spec: PersonSpec): PersonRow {
    const ru = chance(0.45);
    const sex = chance(0.5) ? "female" : "male";
    const f = ru ? fakerRU : faker;
    const firstName = latin(f.person.firstName(sex));
    const lastName = latin(f.person.lastName(sex));
    const id = newId();
    const anonId = spec.anonId !== undefined ? spec.anonId : spec.segment !== "b2b" || chance(0.4) ? this.anon() : null;
    const name = spec.name ?? (spec.segment === "visitor" ? `Visitor ${anonId?.slice(2, 8)}` : `${firstName} ${lastName}`);
    const person: PersonRow = {
      id,
      name,
      company: spec.company?.name ?? null,
      ownerId: spec.ownerId,
      score: 0,
      scoreAt: null,
      temperature: "COLD",
      firstTouchChannel: spec.firstTouchChannel,
      lastTouchAt: null,
      createdAt: spec.createdAt,
      updatedAt: spec.createdAt,
    };
    this.data.people.push(person);

    const segment = spec.segment;
    const email =
      spec.email !== undefined
        ? spec.email
        : segment === "visitor" || (segment === "shop" && chance(0.15))
          ? null
          : f.internet.email({ firstName, lastName, provider: spec.company?.domain }).toLowerCase();
    const phone = spec.phone !== undefined ? spec.phone : segment !== "visitor" && chance(segment === "b2b" ? 0.7 : 0.6) ? this.phone() : null;
    const messenger =
      spec.messenger !== undefined
        ? spec.messenger
        : segment !== "visitor" && chance(segment === "b2b" ? 0.25 : 0.15)
          ? chance(0.75)
            ? `telegram:@${faker.internet.username({ firstName, lastName }).toLowerCase().replace(/[^a-z0-9_]/g, "_")}`
            : `whatsapp:${phone ?? this.phone()}`
          : null;
    const list: [IdentityKind, string | null][] = [["EMAIL", email], ["PHONE", phone], ["ANON_ID", anonId], ["MESSENGER", messenger]];
    for (const [kind, value] of list) {
      if (value) this.identity(person, kind, value);
    }
    return person;
  }

  identity(person: PersonRow, kind: IdentityKind, value: string): void {
    let unique = value;
    for (let n = 2; this.taken.has(`${kind}:${unique}`); n++) {
      unique = kind === "EMAIL" ? value.replace("@", `${n}@`) : `${value}${n}`;
    }
    this.taken.add(`${kind}:${unique}`);
    this.data.identities.push({ id: newId(), personId: person.id, kind, value: unique, createdAt: person.createdAt } satisfies IdentityRow);
  }

  phone(): string {
    return `+79${faker.string.numeric(9)}`;
  }

  anon(): string {
    return `v_${faker.string.alphanumeric({ length: 16, casing: "lower" })}`;
  }
}
