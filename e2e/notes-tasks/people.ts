// A person for a seeded deal (notes need one), removed when the test ends: deleting the person
// takes their notes and tasks with them; the seed fixture then deletes the deal.
import { test as base, expect } from "../fixtures/test";

export interface People {
  /** Creates a person and links it to the deal; returns the person's id. */
  attach(dealId: string, name: string): Promise<string>;
}

export const test = base.extend<{ people: People }>({
  people: async ({ seed }, use) => {
    const made: string[] = [];
    await use({
      async attach(dealId, name) {
        const person = await seed.db.person.create({ data: { name, temperature: "WARM" }, select: { id: true } });
        made.push(person.id);
        await seed.db.deal.update({ where: { id: dealId }, data: { personId: person.id } });
        return person.id;
      },
    });
    if (made.length) await seed.db.person.deleteMany({ where: { id: { in: made } } });
  },
});

export { expect };

/** A calendar date ("2025-03-14") some days from today, in the app's display time zone. */
export function dateInAppZone(daysFromToday: number): string {
  const zone = process.env.TZ_DISPLAY || "Europe/Moscow";
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    Date.now() + daysFromToday * 86_400_000,
  );
}
