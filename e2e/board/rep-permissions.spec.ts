import { test, expect } from "../fixtures/test";
import { card, column, dragWithMouse, openBoard } from "../fixtures/board";
import { uniqueTitle } from "../fixtures/seed";

test.use({ account: "rita" });

test("a rep sees a colleague's card but cannot drag or close it", async ({ page, seed }) => {
  const own = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("rita own") });
  const others = await seed.deal({ owner: "roman", stage: 0, title: uniqueTitle("roman's") });
  const pipeline = await seed.pipeline(0);
  await openBoard(page, pipeline.id, "?owner=all");

  // Her own card offers the won/lost actions; Roman's does not, and its drag handle is disabled.
  await card(page, own.id).hover();
  await expect(page.getByRole("button", { name: `Mark “${own.title}” as lost` })).toBeVisible();
  await expect(page.getByRole("button", { name: `Mark “${own.title}” as won` })).toBeVisible();
  await card(page, others.id).hover();
  await expect(card(page, others.id)).toBeVisible();
  await expect(card(page, others.id).getByRole("button", { includeHidden: true })).toHaveCount(0);
  const handle = page.getByRole("group", { name: others.title, exact: true });
  await expect(handle).toHaveAttribute("aria-disabled", "true");

  // Neither the mouse nor the keyboard can pick it up.
  const [from, to] = pipeline.stages;
  await dragWithMouse(page, card(page, others.id), () => column(page, to.id).getByTestId("column-cards"));
  await expect(card(column(page, from.id), others.id)).toBeVisible();
  await expect(card(column(page, to.id), others.id)).toHaveCount(0);
  await handle.focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("zone-lost")).toHaveCount(0);
  await expect(card(column(page, from.id), others.id)).toBeVisible();
  expect(await seed.dealState(others.id)).toMatchObject({ stageId: from.id, version: 1, transitions: 1 });
});

test("the server refuses a rep's move of a deal that is no longer hers", async ({ page, seed }) => {
  const deal = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("reassigned") });
  const pipeline = await seed.pipeline(0);
  const [from, to] = pipeline.stages;
  await openBoard(page, pipeline.id, "?owner=all");
  await expect(card(column(page, from.id), deal.id)).toBeVisible();

  // A manager gives the deal to Roman while Rita's board still shows it as hers.
  await seed.reassign(deal.id, "roman");

  const handle = page.getByRole("group", { name: deal.title, exact: true });
  await handle.focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await expect(card(column(page, to.id), deal.id)).toBeVisible();
  await page.keyboard.press("Space");

  // The optimistic move is rolled back with the server's reason.
  await expect(page.getByText("The move was not saved")).toBeVisible();
  await expect(page.getByText("Sales reps can only change their own deals.")).toBeVisible();
  await expect(card(column(page, from.id), deal.id)).toBeVisible();
  await expect(card(column(page, to.id), deal.id)).toHaveCount(0);
  const roman = await seed.user("roman");
  expect(await seed.dealState(deal.id)).toMatchObject({ stageId: from.id, ownerId: roman.id, version: 1, transitions: 1 });
});
