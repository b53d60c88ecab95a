// A note or a task about a deal belongs to the deal's person, never to another one: refused when
// another person is named, moved to the survivor when the named profile was merged, and kept
// right when a merge moves the deal at the same moment (PostgreSQL runs them concurrently).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase, testDbProvider } from "@/lib/testing/test-db";
import { buildWorld, createPerson, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { mergePeople, mergePeopleInTransaction } from "@/lib/people/merge-people";
import { createTask } from "@/lib/tasks/create-task";
import { localizeError } from "@/lib/validation/validation-error";
import { createNote } from "./create-note";

let w: World;
let maria: string;
let ivan: string;
let mariasDeal: string;

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  maria = (await createPerson({ name: "Мария Соколова" })).id;
  ivan = (await createPerson({ name: "Иван Петров" })).id;
  mariasDeal = (await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: maria })).id;
});

const counts = async () => ({ notes: await db.note.count(), tasks: await db.task.count() });

describe("a person named with a deal must be the deal's person", () => {
  it("a note on person B with person A's deal is refused, in the user's language, and nothing is written", async () => {
    const error = await expectAppError(createNote({ actor: w.rep, input: { personId: ivan, dealId: mariasDeal, kind: "GENERAL", body: "Текст" } }), "VALIDATION");
    expect(error.details?.fields).toEqual({ personId: "That person is not the deal's person." });
    const russian = localizeError(error, "ru") as typeof error;
    expect(russian.message).toBe("Этот человек не связан с этой сделкой.");
    expect(russian.details?.fields).toEqual({ personId: "Этот человек не связан с этой сделкой." });
    expect(await counts()).toEqual({ notes: 0, tasks: 0 });
  });

  it("the same for a task, also on a deal that has no person", async () => {
    const lonely = (await makeDeal(w.rep, { pipelineId: w.pipeline.id })).id;
    await expectAppError(createTask({ actor: w.rep, input: { title: "Позвонить", personId: ivan, dealId: mariasDeal } }), "VALIDATION");
    await expectAppError(createTask({ actor: w.rep, input: { title: "Позвонить", personId: ivan, dealId: lonely } }), "VALIDATION");
    expect(await counts()).toEqual({ notes: 0, tasks: 0 });
  });

  it("the deal's own person is accepted", async () => {
    const note = await createNote({ actor: w.rep, input: { personId: maria, dealId: mariasDeal, kind: "GENERAL", body: "Текст" } });
    expect(note).toMatchObject({ personId: maria, dealId: mariasDeal });
  });
});

describe("a merged profile", () => {
  it("a note or task sent for it (from a page opened before the merge) goes to the person it was merged into", async () => {
    // Maria is older: Ivan is merged into her.
    await mergePeople({ actor: w.head, personIds: [maria, ivan] });
    const note = await createNote({ actor: w.rep, input: { personId: ivan, kind: "GENERAL", body: "Перезвонить" } });
    expect(await db.note.findUniqueOrThrow({ where: { id: note.id }, select: { personId: true } })).toEqual({ personId: maria });
    const task = await createTask({ actor: w.rep, input: { title: "Позвонить", personId: ivan } });
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id }, select: { personId: true } })).toEqual({ personId: maria });
    // The merged id together with a deal of the survivor is the same person.
    const withDeal = await createNote({ actor: w.rep, input: { personId: ivan, dealId: mariasDeal, kind: "GENERAL", body: "Текст" } });
    expect(withDeal).toMatchObject({ personId: maria, dealId: mariasDeal });
  });
});

/** Resolves once another connection of this database waits for a lock (PostgreSQL). */
async function someoneWaitsForALock(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (row.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("No connection ever waited for a lock");
}

describe("a note on a deal while a merge moves that deal to another person", () => {
  it("ends on the deal's person (the merge commits first; the note waits for the deal's row)", async () => {
    // Ivan is older: Maria (and her deal) are merged into him.
    await db.person.update({ where: { id: ivan }, data: { createdAt: new Date("2020-01-01T00:00:00Z") } });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let merged!: () => void;
    const mergeStarted = new Promise<void>((resolve) => (merged = resolve));
    const merging = db.$transaction(
      async (tx) => {
        await mergePeopleInTransaction({ tx, personIds: [ivan, maria], actorId: w.head.id, details: { reason: "test" }, now: new Date() });
        merged();
        await gate; // the merge has moved the deal but not committed yet
      },
      { timeout: 20_000 },
    );
    let noting: Promise<{ personId: string; dealId: string | null }>;
    if (testDbProvider() === "postgresql") {
      await mergeStarted;
      noting = createNote({ actor: w.rep, input: { dealId: mariasDeal, kind: "OBJECTION", body: "Дорого" } });
      await someoneWaitsForALock();
      release();
    } else {
      // SQLite runs one write transaction at a time: the note simply comes after the merge.
      release();
      noting = createNote({ actor: w.rep, input: { dealId: mariasDeal, kind: "OBJECTION", body: "Дорого" } });
    }
    await merging;
    const note = await noting;
    expect(note).toMatchObject({ personId: ivan, dealId: mariasDeal });
    const deal = await db.deal.findUniqueOrThrow({ where: { id: mariasDeal }, select: { personId: true } });
    const notes = await db.note.findMany({ where: { dealId: mariasDeal }, select: { personId: true } });
    expect(notes.every((n) => n.personId === deal.personId)).toBe(true);
  });
});
