// Bad dates and control characters submitted the way the app's actions submit them (the action's
// schema, then the domain write) on a real database: refused with a clear message, nothing written;
// what is accepted is stored exactly as typed. Before, "2026-02-30" was stored as 2 March, year
// 0001 was stored, and a NUL in a title was stored on SQLite and failed as a 500 on PostgreSQL.
import { beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { createDeal } from "@/lib/deals/create-deal";
import { createTask } from "@/lib/tasks/create-task";
import { createNote } from "@/lib/notes/create-note";
import { updatePerson } from "@/lib/people/update-person";
import { listPeople } from "@/lib/people/list-people";
import { createDealSchema } from "./deals";
import { createTaskSchema } from "./tasks";
import { createNoteSchema } from "./notes";
import { peopleListQuerySchema } from "./people";
import { validationError } from "./validation-error";

let w: World;
let personId: string;

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  personId = (await createPerson({ name: "Мария Соколова" })).id;
});

/** What defineAction does: parse with the action's schema (messages in Russian), then write. */
async function submit<S extends z.ZodType, T>(schema: S, raw: unknown, write: (input: z.output<S>) => Promise<T>): Promise<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "ru");
  return write(parsed.data);
}

const snapshot = async () => ({
  deals: await db.deal.findMany({ orderBy: { id: "asc" } }),
  people: await db.person.findMany({ orderBy: { id: "asc" } }),
  tasks: await db.task.findMany({ orderBy: { id: "asc" } }),
  notes: await db.note.findMany({ orderBy: { id: "asc" } }),
});

async function refused(action: () => Promise<unknown>, field: string, message: string) {
  const before = await snapshot();
  const error = await expectAppError(action(), "VALIDATION");
  expect(error.details?.fields).toMatchObject({ [field]: message });
  expect(await snapshot()).toEqual(before);
}

const NO_DAY = "Введите существующую дату, например 2026-02-28.";
const OUT_OF_RANGE = "Выберите дату между 2000-01-01 и 2100-12-31.";
const CONTROL = "Уберите из текста управляющие символы (например, NUL).";

describe("quick add deal", () => {
  const deal = (patch: Record<string, unknown>) => () =>
    submit(createDealSchema, { title: "Поставка", value: "1000", currency: "RUB", pipelineId: w.pipeline.id, ...patch }, (input) => createDeal({ actor: w.rep, input }));

  it("refuses an expected close date that does not exist, or in year 0001", async () => {
    await refused(deal({ expectedCloseAt: "2026-02-30" }), "expectedCloseAt", NO_DAY);
    await refused(deal({ expectedCloseAt: "0001-01-01" }), "expectedCloseAt", OUT_OF_RANGE);
  });

  it("stores a real date exactly (a leap day too)", async () => {
    const created = await deal({ expectedCloseAt: "2028-02-29" })();
    const row = await db.deal.findUniqueOrThrow({ where: { id: created.id }, select: { expectedCloseAt: true } });
    expect(row.expectedCloseAt?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });

  it("refuses NUL and other control characters in the title, the source and a new person", async () => {
    await refused(deal({ title: "Поставка\u0000 1" }), "title", CONTROL);
    await refused(deal({ source: "ads\u0007" }), "source", CONTROL);
    await refused(deal({ newPerson: { name: "Мария\u0000" } }), "newPerson.name", CONTROL);
    await refused(deal({ newPerson: { name: "Мария", company: "ООО\u001b[31m" } }), "newPerson.company", CONTROL);
  });
});

describe("tasks", () => {
  const task = (patch: Record<string, unknown>) => () =>
    submit(createTaskSchema, { title: "Позвонить", personId, ...patch }, (input) => createTask({ actor: w.rep, input }));

  it("refuses a due date that does not exist or is out of range, and a control character in the title", async () => {
    await refused(task({ dueAt: "2026-02-30T10:00:00.000Z" }), "dueAt", NO_DAY);
    await refused(task({ dueAt: "0001-01-01T00:00:00.000Z" }), "dueAt", OUT_OF_RANGE);
    await refused(task({ title: "Позвонить\u0000" }), "title", CONTROL);
  });

  it("stores the due time exactly", async () => {
    const created = await task({ dueAt: "2026-03-01T07:30:00.000Z" })();
    expect((await db.task.findUniqueOrThrow({ where: { id: created.id } })).dueAt?.toISOString()).toBe("2026-03-01T07:30:00.000Z");
  });
});

describe("notes", () => {
  const note = (body: string) => () => submit(createNoteSchema, { personId, kind: "GENERAL", body }, (input) => createNote({ actor: w.rep, input }));

  it("refuses a NUL in the body and keeps tabs and line breaks", async () => {
    await refused(note("Перезвонить\u0000"), "body", CONTROL);
    const created = await note("Итоги звонка:\r\n\t— дорого\n\t— сроки")();
    expect((await db.note.findUniqueOrThrow({ where: { id: created.id } })).body).toBe("Итоги звонка:\r\n\t— дорого\n\t— сроки");
  });
});

describe("people", () => {
  it("refuses a NUL in a person's name; the domain function checks it itself", async () => {
    const before = await snapshot();
    const error = await expectAppError(updatePerson({ actor: w.admin, input: { personId, name: "Мария\u0000" } }), "VALIDATION");
    expect(error.details?.fields).toMatchObject({ name: "Remove the control characters (such as NUL) from this text." });
    expect(await snapshot()).toEqual(before);
  });

  it("a search with a NUL falls back to no search instead of failing the page", async () => {
    const query = peopleListQuerySchema.parse({ q: "Мар\u0000ия" });
    expect(query.q).toBe("");
    const page = await listPeople({ actor: w.rep, filters: { q: query.q }, page: 1 });
    expect(page.people.map((p) => p.id)).toContain(personId);
  });
});
