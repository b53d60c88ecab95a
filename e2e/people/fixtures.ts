// The people specs' `test`: the shared fixtures plus `makePerson`, which seeds a person of the
// test's own (see person-fixture.ts) and removes it when the test ends.
import { test as base, expect } from "../fixtures/test";
import type { UserKey } from "../fixtures/users";
import { seedPerson, type SeededPerson } from "./person-fixture";

type MakePerson = (options: { owner: UserKey; events?: number; label?: string }) => Promise<SeededPerson>;

export const test = base.extend<{ makePerson: MakePerson }>({
  makePerson: async ({ seed }, use) => {
    const made: SeededPerson[] = [];
    await use(async (options) => {
      const person = await seedPerson(seed, options);
      made.push(person);
      return person;
    });
    for (const person of made) await person.remove();
  },
});

export { expect };
