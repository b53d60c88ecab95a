// Editing a deal in place on its page: the value and the expected close date (Enter saves, Esc
// cancels), the board's column total following the new value, the close-date slip on the card,
// the field history, and a stale edit refused with the other person's change.
import { test, expect } from "../fixtures/test";
import { card, column, openBoard } from "../fixtures/board";
import { uniqueTitle } from "../fixtures/seed";

test.use({ account: "rita" });

/** "₽1,234,567" → 1234567 (the board shows whole units). */
const amount = (text: string) => Number(text.replace(/[^\d]/g, ""));

test("edits value and close date inline; the board's totals and the card follow", async ({ page, seed }) => {
  const deal = await seed.deal({ owner: "rita", stage: 1, title: uniqueTitle("inline"), value: 12_345 });
  const pipeline = await seed.pipeline(0);
  const stage = pipeline.stages[1];
  await openBoard(page, pipeline.id);
  const totalBefore = amount(await column(page, stage.id).getByTestId("column-total").innerText());

  await page.goto(`/deals/${deal.id}`);
  await expect(page.getByRole("heading", { level: 1, name: deal.title, exact: true })).toBeVisible();

  // Value: click, type, Enter.
  await page.getByTestId("field-value").click();
  const amountInput = page.getByRole("textbox", { name: "Amount" });
  await expect(amountInput).toBeFocused();
  await expect(amountInput).toHaveValue("12345");
  await amountInput.fill("20 000");
  await amountInput.press("Enter");
  await expect(page.getByTestId("field-value")).toContainText("20,000");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await expect.poll(async () => (await seed.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).value).toBe(BigInt(2_000_000));
  await expect(page.getByTestId("field-value")).toBeFocused();

  // Esc cancels: nothing is saved.
  await page.getByTestId("field-title").click();
  await page.getByRole("textbox", { name: "Title" }).fill("Not this title");
  await page.getByRole("textbox", { name: "Title" }).press("Escape");
  await expect(page.getByTestId("field-title")).toHaveText(deal.title);
  await expect(page.getByTestId("field-title")).toBeFocused();

  // Expected close: set, then pushed later once.
  await page.getByTestId("field-expectedCloseAt").click();
  await page.getByLabel("Expected close").fill("2027-01-15");
  await page.getByLabel("Expected close").press("Enter");
  await expect(page.getByTestId("field-expectedCloseAt")).toHaveText("Jan 15, 2027");
  await expect.poll(async () => (await seed.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).version).toBe(3);
  await page.getByTestId("field-expectedCloseAt").click();
  await page.getByLabel("Expected close").fill("2027-02-01");
  await page.getByLabel("Expected close").press("Enter");
  await expect(page.getByTestId("deal-pushed")).toHaveText("Expected close pushed later once");
  await expect.poll(async () => (await seed.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).closeDatePushes).toBe(1);

  const history = page.getByTestId("deal-history");
  await expect(history).toContainText("Value: ₽12,345 → ₽20,000");
  await expect(history).toContainText("Expected close set to Jan 15, 2027");
  await expect(history).toContainText("Expected close: Jan 15, 2027 → Feb 1, 2027");

  await openBoard(page, pipeline.id);
  await expect.poll(async () => amount(await column(page, stage.id).getByTestId("column-total").innerText())).toBe(totalBefore - 12_345 + 20_000);
  await expect(card(page, deal.id)).toContainText("₽20,000");
  await expect(card(page, deal.id).getByTestId("card-pushed")).toHaveText("pushed 1×");
});

test("a stale edit is refused with the other person's change, and the page shows it", async ({ page, seed, browser, sessionOf }) => {
  const deal = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("conflict"), value: 1_000 });
  const head = await seed.user("head");
  await page.goto(`/deals/${deal.id}`);
  await expect(page.getByTestId("field-value")).toContainText("1,000");

  // Meanwhile the head changes the value in their own browser.
  const other = await browser.newContext({ storageState: await sessionOf("head") });
  const headPage = await other.newPage();
  await headPage.goto(`/deals/${deal.id}`);
  await headPage.getByTestId("field-value").click();
  await headPage.getByRole("textbox", { name: "Amount" }).fill("3000");
  await headPage.getByRole("textbox", { name: "Amount" }).press("Enter");
  await expect.poll(async () => (await seed.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).version).toBe(2);
  await other.close();

  await page.getByTestId("field-value").click();
  await page.getByRole("textbox", { name: "Amount" }).fill("2500");
  await page.getByRole("textbox", { name: "Amount" }).press("Enter");
  await expect(page.getByText("Not saved: someone else changed this deal")).toBeVisible();
  await expect(page.getByText(`${head.name}: Value: ₽1,000 → ₽3,000`)).toBeVisible();
  // Rolled back, then refreshed to what is stored: the head's value, never overwritten.
  await expect(page.getByTestId("field-value")).toContainText("3,000");
  expect((await seed.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).value).toBe(BigInt(300_000));
});
