// timeline_first_page_p95_ms: the person page's timeline (getTimeline, first page) for one person
// with 100,000 events, a few deals with their stage history, notes and tasks. The events are
// written with the raw writer (ingest-raw.ts) before timing; the page is timed through the
// domain function the person page calls.
import { ADMIN_ID, createRandom, isoDate } from "./bench-fixture";
import { openRawWriter, type RawCells } from "./ingest-raw";
import { newIds } from "../lib/events/new-id";
import { assertBench, type BenchContext } from "./bench-context";
import { measure, type Summary } from "./measure";

export const TIMELINE_EVENTS = 100_000;
export const TIMELINE_PERSON = "bench-timeline-person";
const DAY = 86_400_000;

/** Writes the person, their events (two years of them, newest now) and a few notes. */
async function seedTimelinePerson(url: string, events: number): Promise<void> {
  const { db } = await import("../lib/db");
  const now = Date.now();
  await db.person.create({ data: { id: TIMELINE_PERSON, name: "Тимофей Лентин", createdAt: new Date(now - 730 * DAY), lastTouchAt: new Date(now) } });
  await db.note.createMany({
    data: Array.from({ length: 200 }, (_, i) => ({ personId: TIMELINE_PERSON, authorId: ADMIN_ID, kind: "CONTEXT" as const, body: `Заметка ${i}`, createdAt: new Date(now - i * 3 * DAY) })),
  });
  const rnd = createRandom(777);
  const writer = await openRawWriter(url);
  try {
    const types = ["page_view", "page_view", "page_view", "cart_add", "email_open", "message"];
    for (let start = 0; start < events; start += 1000) {
      const count = Math.min(1000, events - start);
      const ids = newIds(count);
      const rows: RawCells[] = ids.map((id, i) => {
        const at = isoDate(now - Math.floor(((start + i) / events) * 730 * DAY) - rnd.int(0, 60_000));
        return [id, `timeline-${start + i}`, TIMELINE_PERSON, rnd.pick(types), "direct", null, null, null, at, `{"url":"https://shop.example.ru/p/${i % 50}"}`, at];
      });
      await writer.write(rows);
    }
  } finally {
    await writer.close();
  }
}

export async function benchTimeline(ctx: BenchContext & { url: string }): Promise<Summary & { events: number }> {
  await seedTimelinePerson(ctx.url, TIMELINE_EVENTS);
  const { getTimeline } = await import("../lib/timeline/get-timeline");
  const { db } = await import("../lib/db");
  const stored = await db.event.count({ where: { personId: TIMELINE_PERSON } });
  assertBench(stored === TIMELINE_EVENTS, `the timeline person has ${stored} events, expected ${TIMELINE_EVENTS}`);
  const summary = await measure({
    warmup: ctx.warmup,
    iterations: ctx.iterations,
    run: () => getTimeline({ actor: ctx.actor, personId: TIMELINE_PERSON }),
    verify: (page) => {
      assertBench(page.items.length === 50 && page.nextCursor !== null, `first page has ${page.items.length} items`);
      for (let i = 1; i < page.items.length; i++) assertBench(page.items[i - 1].at >= page.items[i].at, "timeline not newest first");
    },
  });
  return { ...summary, events: stored };
}
