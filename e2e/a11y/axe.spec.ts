import { seriousViolations } from "../fixtures/axe";
import { test, expect } from "../fixtures/test";
import { openBoard } from "../fixtures/board";

test.use({ account: "head" });

test("the board has no serious accessibility violations", async ({ page, seed }) => {
  const pipeline = await seed.pipeline(0);
  await openBoard(page, pipeline.id);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the deal page has no serious accessibility violations", async ({ page, seed }) => {
  // Demo deals in each status (the stepper and the actions differ); the open one has a person,
  // tasks and notes, so every panel is filled.
  const pick = { orderBy: { createdAt: "asc" }, select: { id: true, title: true } } as const;
  const open = await seed.db.deal.findFirstOrThrow({ where: { status: "OPEN", personId: { not: null }, tasks: { some: {} }, notes: { some: {} } }, ...pick });
  const lost = await seed.db.deal.findFirstOrThrow({ where: { status: "LOST", personId: { not: null } }, ...pick });
  const won = await seed.db.deal.findFirstOrThrow({ where: { status: "WON", personId: { not: null } }, ...pick });
  for (const deal of [open, lost, won]) {
    await page.goto(`/deals/${deal.id}`);
    await expect(page.getByRole("heading", { level: 1, name: deal.title })).toBeVisible();
    expect(await seriousViolations(page), `/deals/${deal.id}`).toEqual([]);
  }
});

test("the lose-deal dialog has no serious accessibility violations", async ({ page, seed }) => {
  const deal = await seed.deal({ owner: "head", stage: 0 });
  const pipeline = await seed.pipeline(0);
  await openBoard(page, pipeline.id);
  await page.locator(`[data-deal-id="${deal.id}"]`).hover();
  await page.getByRole("button", { name: `Mark “${deal.title}” as lost` }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
