// createTask, setTaskDone and listMyTasks on a real database: who may assign, touches written in
// the same transaction as the tick, and taken back by undo.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, createUser, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import type { AppErrorCode } from "@/lib/errors/app-error";
import { createNote } from "@/lib/notes/create-note";
import { createTask } from "./create-task";
import { setTaskDone } from "./set-task-done";
import { listMyTasks } from "./list-my-tasks";
import { listTasks } from "./list-tasks";

const DAY = 86_400_000;
let w: World;
let personId: string;
let dealId: string;
const long_ago = new Date("2024-01-01T00:00:00Z");

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  personId = (await createPerson({ name: "Иван Петров" })).id;
  dealId = (await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId })).id;
  await db.deal.update({ where: { id: dealId }, data: { lastTouchAt: long_ago } });
  await db.person.update({ where: { id: personId }, data: { lastTouchAt: long_ago } });
});

const snapshot = async () => ({
  tasks: await db.task.findMany({ orderBy: { id: "asc" } }),
  deals: await db.deal.findMany({ orderBy: { id: "asc" } }),
  people: await db.person.findMany({ orderBy: { id: "asc" } }),
});

async function expectNoWrites(action: () => Promise<unknown>, code: AppErrorCode) {
  const before = await snapshot();
  await expectAppError(action(), code);
  expect(await snapshot()).toEqual(before);
}

const touches = async () => ({
  deal: (await db.deal.findUniqueOrThrow({ where: { id: dealId } })).lastTouchAt,
  person: (await db.person.findUniqueOrThrow({ where: { id: personId } })).lastTouchAt,
});

describe("createTask", () => {
  it("a rep's task is theirs, on the deal and its person; a past due time is fine", async () => {
    const dueAt = new Date(Date.now() - DAY);
    const task = await createTask({ actor: w.rep, input: { dealId, title: " Перезвонить ", dueAt } });
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      title: "Перезвонить",
      assigneeId: w.rep.id,
      createdById: w.rep.id,
      dealId,
      personId,
      dueAt,
      doneAt: null,
    });
  });

  it("a rep cannot assign a task to someone else; a head can", async () => {
    await expectNoWrites(() => createTask({ actor: w.rep, input: { dealId, title: "Тебе", assigneeId: w.otherRep.id } }), "FORBIDDEN");
    const task = await createTask({ actor: w.head, input: { personId, title: "Для Олега", assigneeId: w.otherRep.id } });
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ assigneeId: w.otherRep.id, createdById: w.head.id, dealId: null, personId });
  });

  it.each<[string, Record<string, unknown>, AppErrorCode]>([
    ["an empty title", { title: "  " }, "VALIDATION"],
    ["a title over 200 characters", { title: "з".repeat(201) }, "VALIDATION"],
    ["a due date that is not a date", { dueAt: "вчера" }, "VALIDATION"],
    ["neither deal nor person", { dealId: null }, "VALIDATION"],
    ["an unknown deal", { dealId: "nope" }, "NOT_FOUND"],
  ])("refuses %s and writes nothing", async (_, patch, code) => {
    await expectNoWrites(() => createTask({ actor: w.rep, input: { dealId, title: "Задача", ...patch } as never }), code);
  });

  it("refuses an inactive assignee", async () => {
    const gone = await createUser("REP", "Ушёл", false);
    await expectNoWrites(() => createTask({ actor: w.admin, input: { dealId, title: "Задача", assigneeId: gone.id } }), "VALIDATION");
  });
});

describe("setTaskDone", () => {
  it("done touches the deal and the person at that moment; undo restores the touch before it", async () => {
    const task = await createTask({ actor: w.rep, input: { dealId, title: "Позвонить", dueAt: new Date(Date.now() - DAY) } });
    const at = new Date();
    await setTaskDone({ actor: w.rep, taskId: task.id, done: true, now: at });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).doneAt).toEqual(at);
    expect(await touches()).toEqual({ deal: at, person: at });

    await setTaskDone({ actor: w.rep, taskId: task.id, done: false });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).doneAt).toBeNull();
    // The deal falls back to its latest remaining touch: its creation transition.
    const created = (await db.stageTransition.findFirstOrThrow({ where: { dealId } })).at;
    expect(await touches()).toEqual({ deal: created, person: created });
  });

  it("undo keeps a later touch", async () => {
    const task = await createTask({ actor: w.rep, input: { dealId, title: "Позвонить" } });
    await setTaskDone({ actor: w.rep, taskId: task.id, done: true, now: new Date(Date.now() - 60_000) });
    await createNote({ actor: w.rep, input: { dealId, kind: "CALL", tone: "positive", body: "Договорились о встрече" } });
    const after = await touches();
    await setTaskDone({ actor: w.rep, taskId: task.id, done: false });
    expect(await touches()).toEqual(after);
  });

  it("doing it twice changes nothing the second time", async () => {
    const task = await createTask({ actor: w.rep, input: { dealId, title: "Позвонить" } });
    const first = new Date(Date.now() - 60_000);
    await setTaskDone({ actor: w.rep, taskId: task.id, done: true, now: first });
    await setTaskDone({ actor: w.rep, taskId: task.id, done: true, now: new Date() });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).doneAt).toEqual(first);
    expect(await touches()).toEqual({ deal: first, person: first });
  });

  it("a rep completes only tasks assigned to them; a head completes anyone's", async () => {
    const task = await createTask({ actor: w.head, input: { dealId, title: "Олегу", assigneeId: w.otherRep.id } });
    await expectNoWrites(() => setTaskDone({ actor: w.rep, taskId: task.id, done: true }), "FORBIDDEN");
    await setTaskDone({ actor: w.otherRep, taskId: task.id, done: true });
    await expectNoWrites(() => setTaskDone({ actor: w.rep, taskId: task.id, done: false }), "FORBIDDEN");
    await setTaskDone({ actor: w.head, taskId: task.id, done: false });
    await expectNoWrites(() => setTaskDone({ actor: w.head, taskId: "nope", done: true }), "NOT_FOUND");
  });

  it("a person's task touches the person only", async () => {
    const other = await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId });
    await db.deal.update({ where: { id: other.id }, data: { lastTouchAt: long_ago } });
    const task = await createTask({ actor: w.rep, input: { personId, title: "Поздравить" } });
    const at = new Date();
    await setTaskDone({ actor: w.rep, taskId: task.id, done: true, now: at });
    expect(await touches()).toEqual({ deal: long_ago, person: at });
  });
});

describe("listMyTasks and listTasks", () => {
  it("a rep sees their own; a head switches to anyone's or everyone's", async () => {
    const mine = await createTask({ actor: w.rep, input: { dealId, title: "Моя" } });
    const olegs = await createTask({ actor: w.head, input: { dealId, title: "Олега", assigneeId: w.otherRep.id } });
    const old = await createTask({ actor: w.rep, input: { dealId, title: "Давно сделана" } });
    await setTaskDone({ actor: w.rep, taskId: old.id, done: true, now: new Date(Date.now() - 8 * DAY) });

    expect((await listMyTasks({ actor: w.rep, assignee: "me" })).tasks.map((t) => t.id)).toEqual([mine.id]);
    await expectAppError(listMyTasks({ actor: w.rep, assignee: w.otherRep.id }), "FORBIDDEN");
    await expectAppError(listMyTasks({ actor: w.rep, assignee: "all" }), "FORBIDDEN");
    const oleg = await listMyTasks({ actor: w.head, assignee: w.otherRep.id });
    expect(oleg.tasks.map((t) => [t.id, t.canComplete])).toEqual([[olegs.id, true]]);
    expect((await listMyTasks({ actor: w.head, assignee: "all" })).tasks.map((t) => t.id).sort()).toEqual([mine.id, olegs.id].sort());

    const onDeal = await listTasks({ actor: w.rep, dealId });
    expect(onDeal.map((t) => [t.title, t.canComplete])).toEqual([["Моя", true], ["Олега", false], ["Давно сделана", true]]);
    expect(onDeal[0]).toMatchObject({ deal: { id: dealId }, person: { id: personId }, assignee: { id: w.rep.id } });
  });
});
