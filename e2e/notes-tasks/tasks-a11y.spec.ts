// /tasks: a head switches between people, and the page (with overdue tasks in it) passes axe.
import { seriousViolations } from "../fixtures/axe";
import { uniqueTitle } from "../fixtures/seed";
import { expect, test } from "./people";

test.use({ account: "head" });

test("the tasks page has no serious accessibility violations, and a head can look at a rep's tasks", async ({ page, seed, people }) => {
  const deal = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("tasks a11y") });
  const personId = await people.attach(deal.id, "E2E Анна Белова");
  const rita = await seed.user("rita");
  const title = `Согласовать скидку ${deal.title}`;
  await seed.db.task.create({ data: { dealId: deal.id, personId, assigneeId: rita.id, title, dueAt: new Date(Date.now() - 86_400_000) } });

  await page.goto("/tasks");
  await expect(page.getByRole("heading", { level: 1, name: "My tasks" })).toBeVisible();
  await page.getByLabel("Show tasks of").selectOption({ label: rita.name });
  await expect(page.getByRole("heading", { level: 1, name: `Tasks of ${rita.name}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`assignee=${rita.id}`));
  await expect(page.getByTestId("tasks-overdue").getByTestId("task").filter({ hasText: title })).toHaveAttribute("data-overdue", "true");

  expect(await seriousViolations(page)).toEqual([]);
});
