import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { expectAppError } from "@/lib/testing/db-state";
import { createPerson } from "@/lib/testing/fixtures";
import { getTimeline } from "./get-timeline";
import { decodeCursor, kindRank } from "./cursor";
import { addEvent, addFieldChange, addNote, addTask, addTransition, at, timelineWorld, type TimelineWorld } from "./test-world";
import { FILTER_KINDS, ITEM_KINDS_OF, type FilterKind, type ItemKind, type TimelineItem } from "./types";

let w: TimelineWorld;
const keyOf = (item: TimelineItem) => `${item.kind}:${item.id}`;
const keys = async (options: { kinds?: FilterKind[]; limit?: number } = {}) =>
  (await getTimeline({ actor: w.otherRep, personId: w.personId, limit: 200, ...options })).items.map(keyOf);

/** Every page from the newest to the oldest, following nextCursor. */
async function allPages(limit: number, kinds?: FilterKind[]): Promise<TimelineItem[][]> {
  const pages: TimelineItem[][] = [];
  let cursor: string | null = null;
  do {
    const page = await getTimeline({ actor: w.rep, personId: w.personId, cursor, kinds, limit });
    pages.push(page.items);
    cursor = page.nextCursor;
    if (pages.length > 500) throw new Error("paging does not end");
  } while (cursor);
  return pages;
}

beforeEach(async () => {
  await resetDatabase(db);
  w = await timelineWorld();
});

describe("getTimeline", () => {
  it("merges the four sources newest first; at one instant: stage change, note, task done, task created, events", async () => {
    const t = at(0);
    await addEvent(w.personId, "ev-b", t);
    await addEvent(w.personId, "ev-a", t);
    await addEvent(w.personId, "ev-c", at(-1));
    await addNote(w, "note-a", t);
    await addTask(w, "task-a", t, at(5));
    await addTask(w, "task-b", at(-2), t);
    await addTransition(w, "tr-a", t);
    await addEvent(w.personId, "ev-new", at(10), "cart_add", { product: "Espresso machine", price: 48990 });

    expect(await keys()).toEqual([
      "event:ev-new",
      "task_done:task-a",
      "stage:tr-a",
      "note:note-a",
      "task_done:task-b",
      "task_created:task-a",
      "event:ev-b",
      "event:ev-a",
      "event:ev-c",
      "task_created:task-b",
    ]);
    const [newest] = (await getTimeline({ actor: w.rep, personId: w.personId })).items;
    expect(newest).toMatchObject({ kind: "event", type: "cart_add", channel: "direct", properties: { product: "Espresso machine", price: 48990 } });
  });

  it("describes stage changes, notes and tasks with their deal, people and labels", async () => {
    await addTransition(w, "tr-lost", at(0), { toStatus: "LOST" });
    await addNote(w, "note-call", at(1), "CALL");
    await addTask(w, "task-deal", at(2), null, "deal");
    await addFieldChange(w, "field-owner", at(3), { field: "owner", oldValue: w.rep.id, newValue: w.otherRep.id });
    await addFieldChange(w, "field-close", at(4), { field: "expectedCloseAt", oldValue: null, newValue: "2026-03-01T00:00:00.000Z" });
    const { items } = await getTimeline({ actor: w.rep, personId: w.personId });
    expect(items).toEqual([
      expect.objectContaining({ kind: "field", id: "field-close", field: "expectedCloseAt", from: null, to: "2026-03-01T00:00:00.000Z", by: w.head.name, deal: { id: w.dealIds[0], title: expect.any(String) } }),
      // Owners by name, not id.
      expect.objectContaining({ kind: "field", id: "field-owner", field: "owner", from: w.rep.name, to: w.otherRep.name, by: w.head.name }),
      expect.objectContaining({ kind: "task_created", id: "task-deal", title: "task task-deal", assignee: w.rep.name, deal: { id: w.dealIds[0], title: expect.any(String) } }),
      expect.objectContaining({ kind: "note", id: "note-call", noteKind: "CALL", author: w.rep.name, body: "note note-call" }),
      expect.objectContaining({
        kind: "stage",
        id: "tr-lost",
        from: { stage: "Квалификация", status: "OPEN" },
        to: { stage: "Встреча", status: "LOST" },
        by: w.rep.name,
      }),
    ]);
  });

  it("filters by kind: events, deal changes, notes, tasks (created and done), or any mix", async () => {
    await addEvent(w.personId, "ev-1", at(0));
    await addTransition(w, "tr-1", at(1));
    await addNote(w, "note-1", at(2));
    await addTask(w, "task-1", at(3), at(4));
    await addEvent(w.personId, "ev-other", at(5));
    await addFieldChange(w, "field-1", at(1));
    const other = await createPerson({ name: "Someone else" });
    await addEvent(other.id, "ev-not-hers", at(6));

    expect(await keys({ kinds: ["events"] })).toEqual(["event:ev-other", "event:ev-1"]);
    expect(await keys({ kinds: ["deals"] })).toEqual(["stage:tr-1", "field:field-1"]);
    expect(await keys({ kinds: ["notes"] })).toEqual(["note:note-1"]);
    expect(await keys({ kinds: ["tasks"] })).toEqual(["task_done:task-1", "task_created:task-1"]);
    expect(await keys({ kinds: ["notes", "deals"] })).toEqual(["note:note-1", "stage:tr-1", "field:field-1"]);
    expect(await keys({ kinds: [] })).toHaveLength(7);
  });

  it("pages with a cursor: `limit` items a page, then nextCursor null", async () => {
    for (let i = 0; i < 5; i++) await addEvent(w.personId, `ev-${i}`, at(i));
    const first = await getTimeline({ actor: w.rep, personId: w.personId, limit: 2 });
    expect(first.items.map((i) => i.id)).toEqual(["ev-4", "ev-3"]);
    expect(decodeCursor(first.nextCursor!)).toEqual({ at: at(3), kind: "event", id: "ev-3" });
    const second = await getTimeline({ actor: w.rep, personId: w.personId, limit: 2, cursor: first.nextCursor });
    expect(second.items.map((i) => i.id)).toEqual(["ev-2", "ev-1"]);
    const third = await getTimeline({ actor: w.rep, personId: w.personId, limit: 2, cursor: second.nextCursor });
    expect(third).toEqual({ items: [expect.objectContaining({ id: "ev-0" })], nextCursor: null });
    // Exactly `limit` items left: the page is full and says there is nothing older.
    expect((await getTimeline({ actor: w.rep, personId: w.personId, limit: 5 })).nextCursor).toBeNull();
  });

  it("pages through random mixed data, ties included, without duplicates or gaps, in every filter", async () => {
    const kindSets: (FilterKind[] | undefined)[] = [undefined, ["events"], ["tasks", "notes"], ["deals", "events"]];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ source: fc.constantFrom("event", "note", "task", "done", "stage", "field"), minute: fc.integer({ min: 0, max: 6 }) }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(...kindSets),
        async (rows, limit, kinds) => {
          await db.event.deleteMany({});
          await db.note.deleteMany({});
          await db.task.deleteMany({});
          await db.stageTransition.deleteMany({});
          await db.dealFieldChange.deleteMany({});
          for (const [i, row] of rows.entries()) {
            const id = `id${String(i).padStart(3, "0")}`;
            if (row.source === "event") await addEvent(w.personId, id, at(row.minute));
            if (row.source === "note") await addNote(w, id, at(row.minute));
            if (row.source === "task") await addTask(w, id, at(row.minute), null, i % 2 ? "deal" : "person");
            if (row.source === "done") await addTask(w, id, at(row.minute), at(row.minute + (i % 3)));
            if (row.source === "stage") await addTransition(w, id, at(row.minute), { dealId: w.dealIds[0] });
            if (row.source === "field") await addFieldChange(w, id, at(row.minute));
          }
          const whole = (await getTimeline({ actor: w.rep, personId: w.personId, kinds, limit: 200 })).items.map(keyOf);
          const pages = await allPages(limit, kinds);
          const paged = pages.flat().map(keyOf);
          expect(paged).toEqual(whole);
          expect(new Set(paged).size).toBe(paged.length);
          for (const page of pages.slice(0, -1)) expect(page).toHaveLength(limit);
          // Newest first, then by kind, then by id descending (these ids sort alike under any collation).
          const wanted = new Set((kinds ?? FILTER_KINDS).flatMap((k) => ITEM_KINDS_OF[k]));
          const expected = rows
            .flatMap((row, i): { kind: ItemKind; ms: number; id: string }[] => {
              const id = `id${String(i).padStart(3, "0")}`;
              const ms = at(row.minute).getTime();
              if (row.source === "event") return [{ kind: "event", ms, id }];
              if (row.source === "note") return [{ kind: "note", ms, id }];
              if (row.source === "stage") return [{ kind: "stage", ms, id }];
              if (row.source === "field") return [{ kind: "field", ms, id }];
              if (row.source === "task") return [{ kind: "task_created", ms, id }];
              return [{ kind: "task_created", ms, id }, { kind: "task_done", ms: at(row.minute + (i % 3)).getTime(), id }];
            })
            .filter((x) => wanted.has(x.kind))
            .sort((a, b) => b.ms - a.ms || kindRank(a.kind) - kindRank(b.kind) || (a.id < b.id ? 1 : -1))
            .map((x) => `${x.kind}:${x.id}`);
          expect(whole).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("refuses an unknown person and a forged cursor", async () => {
    await expectAppError(getTimeline({ actor: w.rep, personId: "nobody" }), "NOT_FOUND");
    await expectAppError(getTimeline({ actor: w.rep, personId: w.personId, cursor: "not-a-cursor" }), "VALIDATION");
    const forged = Buffer.from(JSON.stringify([Date.now(), "drop table", "x"])).toString("base64url");
    await expectAppError(getTimeline({ actor: w.rep, personId: w.personId, cursor: forged }), "VALIDATION");
  });
});
