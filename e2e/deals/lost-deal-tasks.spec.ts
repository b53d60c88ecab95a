// Issue 13: a lost deal leaves no live work behind. Its open (overdue) task closes with it, the
// sidebar's overdue count drops at once, and the task reads "Closed with the deal".
import { test, expect } from "../fixtures/test";
import { uniqueTitle } from "../fixtures/seed";

test.use({ account: "rita" });

test("losing a deal closes its overdue task and takes it off the badge", async ({ page, seed }) => {
  const deal = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("lost tasks") });
  const rita = await seed.user("rita");
  const reason = await seed.db.lossReason.findFirstOrThrow({ where: { active: true }, orderBy: { position: "asc" } });
  const task = await seed.db.task.create({
    data: { dealId: deal.id, assigneeId: rita.id, title: `Прислать КП ${deal.title}`, dueAt: new Date(Date.now() - 3_600_000) },
  });

  await page.goto(`/deals/${deal.id}`);
  const badge = page.getByTestId("nav-tasks-badge");
  const overdueBefore = Number(await badge.innerText());
  expect(overdueBefore).toBeGreaterThan(0);
  const row = page.getByTestId("task-list").getByTestId("task").filter({ hasText: task.title });
  await expect(row).toHaveAttribute("data-overdue", "true");

  await page.getByRole("button", { name: "Lost", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Why was this deal lost?" });
  await dialog.getByRole("radio", { name: reason.label }).check();
  await dialog.getByRole("button", { name: "Mark as lost" }).click();
  await expect(page.getByText("1 open task closed with the deal")).toBeVisible();

  await expect(page.getByTestId("deal-status")).toHaveText("Lost");
  if (overdueBefore > 1) await expect(badge).toHaveText(String(overdueBefore - 1));
  else await expect(badge).toHaveCount(0);
  await expect(row.getByTestId("task-closed-with-deal")).toHaveText("Closed with the deal");
  await expect(row.getByRole("checkbox")).toBeChecked();
  expect(await seed.db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ closedWithDeal: true, doneAt: expect.any(Date) });
});
