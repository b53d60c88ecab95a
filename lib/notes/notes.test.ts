// createNote and updateNote on a real database: validation, permissions, touches, and that a
// refused call writes nothing at all.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import type { AppErrorCode } from "@/lib/errors/app-error";
import { createNote } from "./create-note";
import { updateNote } from "./update-note";
import { listNotes } from "./list-notes";

let w: World;
let personId: string;
let dealId: string;
const past = new Date("2024-01-01T00:00:00Z");

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  personId = (await createPerson({ name: "Мария Соколова" })).id;
  dealId = (await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId })).id;
  await db.deal.update({ where: { id: dealId }, data: { lastTouchAt: past } });
  await db.person.update({ where: { id: personId }, data: { lastTouchAt: past } });
});

const snapshot = async () => ({
  notes: await db.note.findMany({ orderBy: { id: "asc" } }),
  deals: await db.deal.findMany({ orderBy: { id: "asc" } }),
  people: await db.person.findMany({ orderBy: { id: "asc" } }),
});

async function expectNoWrites(action: () => Promise<unknown>, code: AppErrorCode) {
  const before = await snapshot();
  const error = await expectAppError(action(), code);
  expect(await snapshot()).toEqual(before);
  return error;
}

describe("createNote", () => {
  it("a deal note belongs to the deal's person and touches both", async () => {
    const note = await createNote({ actor: w.rep, input: { dealId, kind: "OBJECTION", body: "  Дорого для нас  " } });
    const row = await db.note.findUniqueOrThrow({ where: { id: note.id } });
    expect(row).toMatchObject({ personId, dealId, authorId: w.rep.id, kind: "OBJECTION", body: "Дорого для нас", resolved: false, tone: null });
    expect((await db.deal.findUniqueOrThrow({ where: { id: dealId } })).lastTouchAt).toEqual(row.createdAt);
    expect((await db.person.findUniqueOrThrow({ where: { id: personId } })).lastTouchAt).toEqual(row.createdAt);
  });

  it("a call summary keeps its tone; a person note has no deal", async () => {
    const call = await createNote({ actor: w.otherRep, input: { personId, kind: "CALL", tone: "negative", body: "Не берёт трубку" } });
    expect(await db.note.findUniqueOrThrow({ where: { id: call.id } })).toMatchObject({ dealId: null, tone: "negative", authorId: w.otherRep.id });
  });

  it.each<[string, Record<string, unknown>]>([
    ["an empty body", { body: "   " }],
    ["a body over 5,000 characters", { body: "я".repeat(5001) }],
    ["a tone on a non-call note", { kind: "MOTIVATION", tone: "positive" }],
    ["an unknown kind", { kind: "RUMOUR" }],
    ["neither person nor deal", { dealId: null }],
  ])("refuses %s and writes nothing", async (_, patch) => {
    await expectNoWrites(() => createNote({ actor: w.rep, input: { dealId, kind: "GENERAL", body: "Текст", ...patch } as never }), "VALIDATION");
  });

  it("accepts exactly 5,000 characters", async () => {
    const note = await createNote({ actor: w.rep, input: { dealId, kind: "CONTEXT", body: "я".repeat(5000) } });
    expect((await db.note.findUniqueOrThrow({ where: { id: note.id } })).body).toHaveLength(5000);
  });

  it("a deal without a person cannot take notes, and says so", async () => {
    const lonely = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
    const error = await expectNoWrites(() => createNote({ actor: w.rep, input: { dealId: lonely.id, kind: "GENERAL", body: "Текст" } }), "VALIDATION");
    expect(error.message).toMatch(/no person/);
  });

  it("refuses a person that is not the deal's, and unknown deals or people", async () => {
    const other = await createPerson({ name: "Другой" });
    await expectNoWrites(() => createNote({ actor: w.rep, input: { dealId, personId: other.id, kind: "GENERAL", body: "Текст" } }), "VALIDATION");
    await expectNoWrites(() => createNote({ actor: w.rep, input: { dealId: "nope", kind: "GENERAL", body: "Текст" } }), "NOT_FOUND");
    await expectNoWrites(() => createNote({ actor: w.rep, input: { personId: "nope", kind: "GENERAL", body: "Текст" } }), "NOT_FOUND");
  });
});

describe("updateNote", () => {
  let noteId: string;
  beforeEach(async () => {
    noteId = (await createNote({ actor: w.rep, input: { dealId, kind: "OBJECTION", body: "Дорого" } })).id;
  });

  it("the author edits the body and resolves the objection", async () => {
    await updateNote({ actor: w.rep, input: { noteId, body: "Дорого: нужна рассрочка" } });
    await updateNote({ actor: w.rep, input: { noteId, resolved: true } });
    expect(await db.note.findUniqueOrThrow({ where: { id: noteId } })).toMatchObject({ body: "Дорого: нужна рассрочка", resolved: true, kind: "OBJECTION" });
  });

  it("a rep cannot edit or resolve another rep's note; heads and admins can", async () => {
    await expectNoWrites(() => updateNote({ actor: w.otherRep, input: { noteId, body: "Переписал" } }), "FORBIDDEN");
    await expectNoWrites(() => updateNote({ actor: w.otherRep, input: { noteId, resolved: true } }), "FORBIDDEN");
    await updateNote({ actor: w.head, input: { noteId, resolved: true } });
    await updateNote({ actor: w.admin, input: { noteId, body: "Поправил админ" } });
    expect(await db.note.findUniqueOrThrow({ where: { id: noteId } })).toMatchObject({ body: "Поправил админ", resolved: true, authorId: w.rep.id });
  });

  it.each<[string, Record<string, unknown>]>([
    ["an empty body", { body: "" }],
    ["a body over 5,000 characters", { body: "x".repeat(5001) }],
    ["a tone on an objection", { tone: "neutral" }],
    ["nothing to change", {}],
  ])("refuses %s and writes nothing", async (_, patch) => {
    await expectNoWrites(() => updateNote({ actor: w.rep, input: { noteId, ...patch } }), "VALIDATION");
  });

  it("only objections resolve; a kind change clears what no longer applies", async () => {
    const call = await createNote({ actor: w.rep, input: { dealId, kind: "CALL", tone: "positive", body: "Созвон" } });
    await expectNoWrites(() => updateNote({ actor: w.rep, input: { noteId: call.id, resolved: true } }), "VALIDATION");
    await updateNote({ actor: w.rep, input: { noteId: call.id, kind: "GENERAL" } });
    expect(await db.note.findUniqueOrThrow({ where: { id: call.id } })).toMatchObject({ kind: "GENERAL", tone: null });
    await updateNote({ actor: w.rep, input: { noteId, resolved: true } });
    await updateNote({ actor: w.rep, input: { noteId, kind: "CONTEXT" } });
    expect(await db.note.findUniqueOrThrow({ where: { id: noteId } })).toMatchObject({ kind: "CONTEXT", resolved: false });
  });

  it("an unknown note → NOT_FOUND", async () => {
    await expectNoWrites(() => updateNote({ actor: w.head, input: { noteId: "nope", body: "x" } }), "NOT_FOUND");
  });
});

describe("listNotes", () => {
  it("a deal shows its notes and the general notes about its person, with motivation and open objections picked out", async () => {
    const other = await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId });
    await createNote({ actor: w.rep, input: { dealId, kind: "OBJECTION", body: "Открытое" } });
    const resolved = await createNote({ actor: w.rep, input: { dealId, kind: "OBJECTION", body: "Закрытое" } });
    await updateNote({ actor: w.rep, input: { noteId: resolved.id, resolved: true } });
    await createNote({ actor: w.otherRep, input: { personId, kind: "MOTIVATION", body: "Общая мотивация" } });
    await createNote({ actor: w.rep, input: { dealId: other.id, kind: "OBJECTION", body: "Про другую сделку" } });

    const view = await listNotes({ actor: w.rep, dealId });
    expect(view.notes.map((n) => n.body).sort()).toEqual(["Закрытое", "Общая мотивация", "Открытое"]);
    expect(view.motivation).toMatchObject({ body: "Общая мотивация", deal: null, canEdit: false, authorName: w.otherRep.name });
    expect(view.openObjections.map((n) => n.body)).toEqual(["Открытое"]);
    expect(view.openObjections[0]).toMatchObject({ canEdit: true, deal: { id: dealId } });

    const person = await listNotes({ actor: w.head, personId });
    expect(person.notes).toHaveLength(4);
    expect(person.notes.every((n) => n.canEdit)).toBe(true);
  });
});
