import { test, expect } from "../fixtures/test";
import { card, column, columnCount, openBoard } from "../fixtures/board";
import { uniqueTitle } from "../fixtures/seed";

test.use({ account: "rita" });

test("a card moves to the next stage with the keyboard alone", async ({ page, seed }) => {
  const deal = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("keyboard move") });
  const pipeline = await seed.pipeline(0);
  const [from, to] = pipeline.stages;
  await openBoard(page, pipeline.id);
  const countFrom = await columnCount(page, from.id);
  const countTo = await columnCount(page, to.id);

  // The sortable wrapper is the focusable group named after the deal (tabindex 0, "Draggable deal").
  const handle = page.getByRole("group", { name: deal.title, exact: true });
  await expect(handle).toHaveAttribute("aria-roledescription", "Draggable deal");
  await handle.focus();
  await expect(handle).toBeFocused();

  await page.keyboard.press("Space");
  await expect(page.getByTestId("zone-lost")).toBeVisible(); // picked up
  await page.keyboard.press("ArrowRight");
  await expect(card(column(page, to.id), deal.id)).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("zone-lost")).toHaveCount(0); // dropped

  await expect(card(column(page, to.id), deal.id)).toBeVisible();
  await expect(column(page, from.id).getByTestId("column-count")).toHaveText(String(countFrom - 1));
  await expect(column(page, to.id).getByTestId("column-count")).toHaveText(String(countTo + 1));
  await expect.poll(async () => (await seed.dealState(deal.id)).stageId).toBe(to.id);

  await page.reload();
  await expect(card(column(page, to.id), deal.id)).toBeVisible();
  await expect(card(column(page, from.id), deal.id)).toHaveCount(0);
  const saved = await seed.dealState(deal.id);
  expect(saved).toMatchObject({ stageId: to.id, version: 2, transitions: 2, status: "OPEN" });
});
