// The journey of issue 4 (parts 3 and 4): a rep writes down a doubt and logs a task that was due
// yesterday on the deal page; the board card shows the overdue task in red with words and an
// icon and, on hover or keyboard focus, the open objection; ticking the task on /tasks clears it.
import { card, openBoard } from "../fixtures/board";
import { uniqueTitle } from "../fixtures/seed";
import { dateInAppZone, expect, test } from "./people";

test.use({ account: "rita" });

test("objection and overdue task travel from the deal page to the board and away again", async ({ page, seed, people }) => {
  const deal = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("why") });
  const personId = await people.attach(deal.id, "E2E Марина Котова");
  const objection = `Боятся, что внедрение займёт полгода (${deal.title})`;
  const taskTitle = `Перезвонить про сроки ${deal.title}`;

  // A typed note: an objection.
  await page.goto(`/deals/${deal.id}`);
  await expect(page.getByRole("heading", { level: 1, name: deal.title })).toBeVisible();
  await expect(page.getByTestId("deal-person-link")).toHaveAttribute("href", `/people/${personId}`);
  const composer = page.getByTestId("note-composer");
  await composer.getByText("Objection", { exact: true }).click();
  await expect(composer.getByRole("radio", { name: "Objection" })).toBeChecked();
  await composer.getByLabel("Note text").fill(objection);
  await composer.getByRole("button", { name: "Add note" }).click();
  const note = page.getByTestId("note").filter({ hasText: objection });
  await expect(note).toBeVisible();
  await expect(note).toContainText("Objection");
  await expect(note).toContainText("Open");
  await expect(page.getByTestId("deal-objections")).toContainText(objection);
  await expect(composer.getByLabel("Note text")).toHaveValue("");
  await expect.poll(() => seed.db.note.count({ where: { dealId: deal.id, personId, kind: "OBJECTION", resolved: false, body: objection } })).toBe(1);

  // A task that was due yesterday.
  const tasks = page.getByTestId("task-composer");
  await tasks.getByLabel("What needs doing").fill(taskTitle);
  await tasks.getByLabel("Due date").fill(dateInAppZone(-1));
  await tasks.getByLabel("Time").fill("10:00");
  await expect(tasks).toContainText("This time has passed");
  await tasks.getByRole("button", { name: "Add task" }).click();
  const row = page.getByTestId("task-list").getByTestId("task").filter({ hasText: taskTitle });
  await expect(row).toHaveAttribute("data-overdue", "true");
  await expect(row).toContainText("Overdue");

  // The board card: red, with an icon and the word; the hint tells the objection.
  await openBoard(page, deal.pipelineId);
  const dealCard = card(page, deal.id);
  await expect(dealCard).toHaveAttribute("data-overdue", "true");
  await expect(dealCard.getByTestId("card-task")).toContainText("Overdue");
  await expect(dealCard.getByTestId("card-task").locator("svg")).toBeVisible();
  await expect(dealCard.getByTestId("card-objections")).toHaveText("1 objection");
  await dealCard.hover();
  const hint = page.getByRole("tooltip");
  await expect(hint).toContainText(objection);
  await expect(hint).toContainText(taskTitle);
  await page.keyboard.press("Escape");
  await page.mouse.move(0, 0);
  await expect(hint).toBeHidden();

  // Keyboard: focusing the card (its drag handle) shows the same hint; Escape hides it.
  await page.getByRole("group", { name: deal.title, exact: true }).focus();
  await expect(page.getByRole("tooltip")).toContainText(objection);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toBeHidden();

  // Done on /tasks: the task leaves "Overdue" for "Done", and the board card is no longer red.
  await page.goto("/tasks");
  const overdue = page.getByTestId("tasks-overdue");
  await expect(overdue.getByTestId("task").filter({ hasText: taskTitle })).toHaveAttribute("data-overdue", "true");
  const before = (await seed.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).lastTouchAt;
  const badge = page.getByTestId("nav-tasks-badge");
  const overdueBefore = Number(await badge.innerText());
  // click, not check(): the ticked task moves to another section at once.
  await overdue.getByRole("checkbox", { name: `Mark “${taskTitle}” as done` }).click();
  await expect(page.getByTestId("tasks-done").getByRole("checkbox", { name: `Mark “${taskTitle}” as done` })).toBeChecked();
  await expect(overdue.getByTestId("task").filter({ hasText: taskTitle })).toHaveCount(0);
  await expect(page.getByText("Task done")).toBeVisible();
  // The sidebar's count follows (it disappears at zero).
  if (overdueBefore > 1) await expect(badge).toHaveText(String(overdueBefore - 1));
  else await expect(badge).toHaveCount(0);
  await expect.poll(async () => (await seed.db.task.findFirstOrThrow({ where: { dealId: deal.id } })).doneAt).not.toBeNull();
  const after = await seed.db.deal.findUniqueOrThrow({ where: { id: deal.id } });
  expect(after.lastTouchAt.getTime()).toBeGreaterThan(before.getTime());

  await openBoard(page, deal.pipelineId);
  await expect(card(page, deal.id)).toBeVisible();
  await expect(card(page, deal.id)).not.toHaveAttribute("data-overdue");
  await expect(card(page, deal.id).getByTestId("card-task")).toHaveCount(0);
  await expect(card(page, deal.id).getByTestId("card-objections")).toHaveText("1 objection");
});

test("undo from the toast puts the task back, and resolving the objection takes it off the card", async ({ page, seed, people }) => {
  const deal = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("undo") });
  const personId = await people.attach(deal.id, "E2E Пётр Лунин");
  const rita = await seed.user("rita");
  const task = await seed.db.task.create({
    data: { dealId: deal.id, personId, assigneeId: rita.id, title: `Отправить договор ${deal.title}`, dueAt: new Date(Date.now() - 3_600_000) },
  });
  await seed.db.note.create({ data: { dealId: deal.id, personId, authorId: rita.id, kind: "OBJECTION", body: `Дорого (${deal.title})` } });

  await page.goto(`/deals/${deal.id}`);
  const row = page.getByTestId("task-list").getByTestId("task").filter({ hasText: task.title });
  await row.getByRole("checkbox").check();
  await expect(page.getByText("Task done")).toBeVisible();
  await expect.poll(async () => (await seed.db.task.findUniqueOrThrow({ where: { id: task.id } })).doneAt).not.toBeNull();
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(row.getByRole("checkbox")).not.toBeChecked();
  await expect.poll(async () => (await seed.db.task.findUniqueOrThrow({ where: { id: task.id } })).doneAt).toBeNull();
  await expect(row).toHaveAttribute("data-overdue", "true");

  await page.getByTestId("deal-objections").getByRole("button", { name: "Mark resolved" }).click();
  await expect(page.getByTestId("deal-objections")).toHaveCount(0);
  await expect(page.getByTestId("deal-why")).toContainText("No open objections.");
  await expect.poll(() => seed.db.note.count({ where: { dealId: deal.id, resolved: true } })).toBe(1);
  await openBoard(page, deal.pipelineId);
  await expect(card(page, deal.id).getByTestId("card-objections")).toHaveCount(0);
});
