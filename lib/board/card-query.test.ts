// The board's card context: latest motivation, open objections and overdue tasks for a whole
// page of cards, in a fixed number of SQL statements however many cards there are.
import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { RelabellingPool } from "@/lib/db-pg-pool";
import { resetDatabase, testDbProvider } from "@/lib/testing/test-db";
import { buildWorld, createPerson, inPipeline, insertDeals, type World } from "@/lib/testing/fixtures";
import { addCardContext, type BoardCard } from "./card-query";
import { getBoard } from "./get-board";
import { loadMoreCards } from "./load-more-cards";

const MIN = 60_000;
const DAY = 86_400_000;
let w: World;
let now: Date;
let ids: { a: string; b: string; c: string; d: string; e: string };

/** Counts the SQL statements the driver runs (better-sqlite3 prepares each one; pg queries through the pool). */
function countStatements() {
  const spy =
    testDbProvider() === "postgresql"
      ? vi.spyOn(RelabellingPool.prototype as unknown as { query: (...a: unknown[]) => unknown }, "query")
      : vi.spyOn(Database.prototype, "prepare");
  return { count: () => spy.mock.calls.length, restore: () => spy.mockRestore() };
}

const note = (data: { personId: string; dealId?: string | null; kind: "MOTIVATION" | "OBJECTION" | "CALL" | "GENERAL"; body: string; ago: number; resolved?: boolean }) =>
  db.note.create({
    data: {
      personId: data.personId,
      dealId: data.dealId ?? null,
      authorId: w.rep.id,
      kind: data.kind,
      body: data.body,
      resolved: data.resolved ?? false,
      createdAt: new Date(now.getTime() - data.ago * MIN),
    },
  });

beforeAll(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  now = new Date();
  const [maria, oleg, ivan] = await Promise.all([createPerson({ name: "Мария" }), createPerson({ name: "Олег" }), createPerson({ name: "Иван" })]);
  const [a, b, c, d] = await insertDeals(inPipeline(w.pipeline, 0), [
    { title: "A", ownerId: w.rep.id, personId: maria.id },
    { title: "B", ownerId: w.rep.id, personId: oleg.id },
    { title: "C", ownerId: w.otherRep.id, personId: oleg.id },
    { title: "D", ownerId: w.rep.id, personId: null },
  ]);
  const [e] = await insertDeals(inPipeline(w.pipeline, 1), [{ title: "E", ownerId: w.rep.id, personId: ivan.id }]);
  ids = { a, b, c, d, e };

  // A: two motivations (the newer wins), three open objections and a resolved one, a long one cut short.
  await note({ personId: maria.id, dealId: a, kind: "MOTIVATION", body: "Старая мотивация", ago: 60 });
  await note({ personId: maria.id, dealId: a, kind: "MOTIVATION", body: "Хотят сократить ручной ввод", ago: 30 });
  await note({ personId: maria.id, dealId: a, kind: "OBJECTION", body: "Дорого", ago: 50 });
  await note({ personId: maria.id, dealId: a, kind: "OBJECTION", body: "Нет интеграции с 1С", ago: 40 });
  await note({ personId: maria.id, dealId: a, kind: "OBJECTION", body: "Ж".repeat(500), ago: 20 });
  await note({ personId: maria.id, dealId: a, kind: "OBJECTION", body: "Решено: сроки", ago: 10, resolved: true });
  await note({ personId: maria.id, dealId: a, kind: "CALL", body: "Позвонили", ago: 5 });
  // B and C share Oleg: his general notes (no deal) show on both; C's own objection only on C.
  await note({ personId: oleg.id, dealId: b, kind: "MOTIVATION", body: "Мотивация по сделке B", ago: 90 });
  await note({ personId: oleg.id, kind: "MOTIVATION", body: "Олегу важна скорость", ago: 15 });
  await note({ personId: oleg.id, kind: "OBJECTION", body: "Боится долгого внедрения", ago: 25 });
  await note({ personId: oleg.id, dealId: c, kind: "OBJECTION", body: "Нужен пилот", ago: 5 });
  // Tasks on A: two overdue and open, one overdue but done, one ahead.
  const task = (dealId: string, due: number, done = false) =>
    db.task.create({ data: { dealId, assigneeId: w.rep.id, title: `Задача ${due}`, dueAt: new Date(now.getTime() + due * MIN), doneAt: done ? now : null } });
  await task(a, -3 * 24 * 60);
  await task(a, -30);
  await task(a, -60, true);
  await task(a, 24 * 60);
  await task(e, 60);
});

afterEach(() => vi.restoreAllMocks());

describe("board card context", () => {
  it("gives each card its latest motivation, newest open objections and overdue count", async () => {
    const board = await getBoard({ actor: w.rep, pipelineId: w.pipeline.id, filters: {}, now });
    const cards = new Map(board.columns.flatMap((c) => c.cards).map((c) => [c.id, c]));
    expect(cards.get(ids.a)!.context).toEqual({
      motivation: "Хотят сократить ручной ввод",
      objections: [`${"Ж".repeat(160)}…`, "Нет интеграции с 1С"],
      openObjections: 3,
      overdueTasks: 2,
    });
    expect(cards.get(ids.a)!.nextTask).toEqual({ title: `Задача ${-3 * 24 * 60}`, dueAt: expect.any(String) });
    expect(cards.get(ids.b)!.context).toEqual({ motivation: "Олегу важна скорость", objections: ["Боится долгого внедрения"], openObjections: 1, overdueTasks: 0 });
    expect(cards.get(ids.c)!.context).toEqual({
      motivation: "Олегу важна скорость",
      objections: ["Нужен пилот", "Боится долгого внедрения"],
      openObjections: 2,
      overdueTasks: 0,
    });
    expect(cards.get(ids.d)!.context).toBeUndefined(); // no person, no notes, no tasks
    expect(cards.get(ids.e)!.context).toBeUndefined(); // a task, but not overdue
  });

  it("resolving an objection or finishing the overdue tasks clears them from the card", async () => {
    const objection = await db.note.findFirstOrThrow({ where: { dealId: ids.c, kind: "OBJECTION" } });
    await db.note.update({ where: { id: objection.id }, data: { resolved: true } });
    await db.task.updateMany({ where: { dealId: ids.a, dueAt: { lt: now } }, data: { doneAt: now } });
    const board = await getBoard({ actor: w.rep, pipelineId: w.pipeline.id, filters: {}, now });
    const cards = new Map(board.columns.flatMap((c) => c.cards).map((c) => [c.id, c]));
    expect(cards.get(ids.c)!.context).toMatchObject({ objections: ["Боится долгого внедрения"], openObjections: 1 });
    expect(cards.get(ids.a)!.context).toMatchObject({ overdueTasks: 0, openObjections: 3 });
    await db.note.update({ where: { id: objection.id }, data: { resolved: false } });
    await db.task.updateMany({ where: { dealId: ids.a, dueAt: { lt: now }, title: { not: "Задача -60" } }, data: { doneAt: null } });
  });

  it("load more fills the context too", async () => {
    const [first] = await db.deal.findMany({ where: { stageId: w.pipeline.stages[0].id }, orderBy: [{ rank: "asc" }, { id: "asc" }], take: 1 });
    expect(first.id).toBe(ids.a);
    const page = await loadMoreCards({ actor: w.rep, stageId: first.stageId, after: first, filters: {}, now });
    expect(page.cards.find((c) => c.id === ids.c)?.context).toMatchObject({ openObjections: 2 });
  });

  it("costs one statement for a page of cards, whether it holds 5 cards or 200", async () => {
    const small = (await getBoard({ actor: w.rep, pipelineId: w.pipeline.id, filters: {}, now })).columns.flatMap((c) => c.cards);
    const strip = (cards: BoardCard[]) => cards.map(({ context: _context, ...card }) => card as BoardCard);
    let counter = countStatements();
    await addCardContext({ actor: w.rep, cards: strip(small) });
    expect(counter.count()).toBe(1);
    counter.restore();
    counter = countStatements();
    await getBoard({ actor: w.rep, pipelineId: w.pipeline.id, filters: {}, now });
    const before = counter.count();
    counter.restore();

    // 200 more cards, each with notes and an overdue task.
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => createPerson({ name: `Человек ${i}` })));
    const more = await insertDeals(
      inPipeline(w.pipeline, 2),
      Array.from({ length: 200 }, (_, i) => ({ ownerId: w.rep.id, personId: people[i % 20].id })),
    );
    await db.note.createMany({
      data: more.flatMap((dealId, i) => [
        { personId: people[i % 20].id, dealId, authorId: w.rep.id, kind: "MOTIVATION" as const, body: `Мотивация ${i}` },
        { personId: people[i % 20].id, dealId, authorId: w.rep.id, kind: "OBJECTION" as const, body: `Сомнение ${i}` },
      ]),
    });
    await db.task.createMany({ data: more.map((dealId) => ({ dealId, assigneeId: w.rep.id, title: "Перезвонить", dueAt: new Date(now.getTime() - DAY) })) });
    const cards: BoardCard[] = more.map((id) => ({ ...small[0], id, person: null, context: undefined }));

    counter = countStatements();
    await addCardContext({ actor: w.rep, cards });
    expect(counter.count()).toBe(1);
    counter.restore();
    expect(cards.every((c) => c.context?.motivation?.startsWith("Мотивация") && c.context.openObjections === 1)).toBe(true);

    // The whole first page costs what it cost before the 200 cards arrived, and shows them right.
    counter = countStatements();
    const board = await getBoard({ actor: w.rep, pipelineId: w.pipeline.id, filters: {}, now });
    expect(counter.count()).toBe(before);
    counter.restore();
    // Per column: the cards with their owner, person and tasks (4); then the pipeline with its stages (2), the totals (1), the notes (1).
    expect(before).toBeLessThanOrEqual(4 * w.pipeline.stages.length + 4);
    const third = board.columns[2].cards.filter((c) => more.includes(c.id));
    expect(third).toHaveLength(50);
    expect(third.every((c) => c.context?.overdueTasks === 1 && c.context.openObjections === 1)).toBe(true);
    await db.deal.deleteMany({ where: { id: { in: more } } });
  });
});
