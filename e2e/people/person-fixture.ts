// A person of the test's own, written straight into the e2e database: identities, a deal on the
// board (through the shared Seed, so stage totals stay exact), a few days of events, a note and a
// done task. Removed again (events, notes, tasks and identities cascade) when the test ends.
import type { Seed } from "../fixtures/seed";
import type { UserKey } from "../fixtures/users";

const HOUR = 3_600_000;

export interface SeededPerson {
  id: string;
  name: string;
  email: string;
  dealId: string;
  dealTitle: string;
  /** Events written, newest first: every 2 hours back from now. */
  events: number;
  noteBody: string;
  remove(): Promise<void>;
}

export async function seedPerson(seed: Seed, options: { owner: UserKey; events?: number; label?: string }): Promise<SeededPerson> {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const name = `E2E ${options.label ?? "Person"} ${stamp}`;
  const email = `e2e.${stamp}@example.com`;
  const owner = await seed.user(options.owner);
  const person = await seed.db.person.create({
    data: {
      name,
      company: "E2E Testing LLC",
      ownerId: owner.id,
      firstTouchChannel: "ads",
      temperature: "WARM",
      score: 31.5,
      identities: { create: [{ kind: "EMAIL", value: email }, { kind: "ANON_ID", value: `e2e-anon-${stamp}` }] },
    },
    select: { id: true },
  });
  const deal = await seed.deal({ owner: options.owner, title: `E2E deal of ${stamp}` });
  await seed.db.deal.update({ where: { id: deal.id }, data: { personId: person.id } });

  const now = Date.now();
  const events = options.events ?? 60;
  await seed.db.event.createMany({
    data: Array.from({ length: events }, (_, i) => {
      const cart = i % 10 === 3;
      return {
        externalId: `e2e-${stamp}-${i}`,
        personId: person.id,
        type: cart ? "cart_add" : "page_view",
        channel: i % 3 === 0 ? "email" : "direct",
        utmSource: i % 3 === 0 ? "newsletter" : null,
        utmMedium: i % 3 === 0 ? "email" : null,
        occurredAt: new Date(now - (i + 1) * 2 * HOUR),
        properties: JSON.stringify(cart ? { product: "Espresso machine", price: 48990, qty: 1, currency: "RUB" } : { url: `/e2e/page-${i}` }),
      };
    }),
  });
  const noteBody = `E2E context note ${stamp}`;
  await seed.db.note.create({ data: { personId: person.id, authorId: owner.id, kind: "CONTEXT", body: noteBody, createdAt: new Date(now - 30 * HOUR) } });
  await seed.db.task.create({
    data: { personId: person.id, assigneeId: owner.id, title: `E2E call back ${stamp}`, createdAt: new Date(now - 50 * HOUR), doneAt: new Date(now - 26 * HOUR) },
  });
  await seed.db.person.update({ where: { id: person.id }, data: { lastTouchAt: new Date(now - 2 * HOUR) } });

  return {
    id: person.id,
    name,
    email,
    dealId: deal.id,
    dealTitle: deal.title,
    events,
    noteBody,
    remove: async () => {
      await seed.db.person.deleteMany({ where: { OR: [{ id: person.id }, { mergedIntoId: person.id }] } });
    },
  };
}
