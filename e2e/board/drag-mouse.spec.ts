import { test, expect } from "../fixtures/test";
import { card, column, columnCount, dragWithMouse, openBoard } from "../fixtures/board";
import { uniqueTitle } from "../fixtures/seed";

test.use({ account: "rita" });

test("dragging a card with the mouse moves it to the next stage and saves the move", async ({ page, seed }) => {
  const deal = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("mouse move") });
  const pipeline = await seed.pipeline(0);
  const [from, to] = pipeline.stages;
  await openBoard(page, pipeline.id);

  const source = card(column(page, from.id), deal.id);
  await expect(source).toBeVisible();
  await expect(card(column(page, to.id), deal.id)).toHaveCount(0);
  const countFrom = await columnCount(page, from.id);
  const countTo = await columnCount(page, to.id);

  await dragWithMouse(page, source, () => column(page, to.id).getByTestId("column-cards"));

  // On screen at once: the card sits in the target column and both headers follow.
  await expect(card(column(page, to.id), deal.id)).toBeVisible();
  await expect(card(column(page, from.id), deal.id)).toHaveCount(0);
  await expect(column(page, from.id).getByTestId("column-count")).toHaveText(String(countFrom - 1));
  await expect(column(page, to.id).getByTestId("column-count")).toHaveText(String(countTo + 1));

  // Saved: one deal row and exactly one new transition, version bumped once.
  await expect.poll(async () => (await seed.dealState(deal.id)).stageId).toBe(to.id);
  const saved = await seed.dealState(deal.id);
  expect(saved.version).toBe(2);
  expect(saved.transitions).toBe(2);
  const last = await seed.db.stageTransition.findFirstOrThrow({ where: { dealId: deal.id }, orderBy: { at: "desc" } });
  expect(last).toMatchObject({ fromStageId: from.id, toStageId: to.id, fromStatus: "OPEN", toStatus: "OPEN" });

  await page.reload();
  await expect(card(column(page, to.id), deal.id)).toBeVisible();
  await expect(card(column(page, from.id), deal.id)).toHaveCount(0);
  await expect(column(page, from.id).getByTestId("column-count")).toHaveText(String(countFrom - 1));
  await expect(column(page, to.id).getByTestId("column-count")).toHaveText(String(countTo + 1));
});
