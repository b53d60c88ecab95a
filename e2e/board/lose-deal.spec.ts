import { test, expect } from "../fixtures/test";
import { card, column, columnCount, dragWithMouse, openBoard } from "../fixtures/board";
import { uniqueTitle } from "../fixtures/seed";

test.use({ account: "rita" });

test("dropping a card on Lost asks for a reason, then closes the deal with it", async ({ page, seed }) => {
  const deal = await seed.deal({ owner: "rita", stage: 1, title: uniqueTitle("lose") });
  const pipeline = await seed.pipeline(0);
  const stage = pipeline.stages[1];
  const reason = await seed.db.lossReason.findFirstOrThrow({ where: { active: true }, orderBy: { position: "asc" } });
  const note = `They signed with someone cheaper (${deal.title})`;
  await openBoard(page, pipeline.id);
  const count = await columnCount(page, stage.id);

  await dragWithMouse(page, card(page, deal.id), () => page.getByTestId("zone-lost"));
  const dialog = page.getByRole("dialog", { name: "Why was this deal lost?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(deal.title);

  // No reason: an error, and nothing is written.
  await dialog.getByRole("button", { name: "Mark as lost" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Choose a reason: it tells the team where deals leak.");
  expect(await seed.dealState(deal.id)).toMatchObject({ status: "OPEN", version: 1, transitions: 1, lossReasonId: null });

  await dialog.getByRole("radio", { name: reason.label }).check();
  await dialog.getByLabel("Note (optional)").fill(note);
  await dialog.getByRole("button", { name: "Mark as lost" }).click();

  await expect(dialog).toBeHidden();
  await expect(card(page, deal.id)).toHaveCount(0);
  await expect(column(page, stage.id).getByTestId("column-count")).toHaveText(String(count - 1));
  await expect.poll(async () => (await seed.dealState(deal.id)).status).toBe("LOST");
  expect(await seed.dealState(deal.id)).toMatchObject({ lossReasonId: reason.id, lossNote: note, version: 2, transitions: 2 });

  await page.goto(`/deals/${deal.id}`);
  await expect(page.getByRole("heading", { level: 1, name: deal.title })).toBeVisible();
  await expect(page.getByTestId("deal-status")).toHaveText("Lost");
  await expect(page.getByText(`Lost: ${reason.label}`, { exact: true })).toBeVisible();
  await expect(page.getByText(note, { exact: true })).toBeVisible();
  await expect(page.getByTestId("deal-history")).toContainText(`Lost at ${stage.name}: ${reason.label} — ${note}`);
});
