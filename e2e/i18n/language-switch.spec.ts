import { test, expect } from "../fixtures/test";
import { openBoard, waitForBoard } from "../fixtures/board";

test.use({ account: "head" });

// "1 234 567 ₽": digit groups and the currency sign separated by non-breaking spaces.
const RUBLES = /^\d{1,3}([\u00a0\u202f]\d{3})+[\u00a0\u202f]₽$/;

test("switching to Russian translates the board and formats money the Russian way", async ({ page, seed }) => {
  const pipeline = await seed.pipeline(0);
  await openBoard(page, pipeline.id);
  const language = page.getByRole("group", { name: "Language" });
  await expect(language.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("column-total").first()).toHaveText(/^₽\d{1,3}(,\d{3})*$/);

  await language.getByRole("button", { name: "Русский" }).click();
  const russian = async () => {
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("group", { name: "Язык" }).getByRole("button", { name: "Русский" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("navigation", { name: "Основное меню" }).getByRole("link", { name: "Воронка" })).toBeVisible();
    await expect(page.getByLabel("Ответственный").locator("option:checked")).toHaveText("Все");
    await expect(page.getByRole("button", { name: "Выйти" })).toBeVisible();
    // The largest column total has digit groups: "12 345 678 ₽".
    const totals = await page.getByTestId("column-total").allInnerTexts();
    const largest = totals.reduce((a, b) => (b.replace(/\D/g, "").length > a.replace(/\D/g, "").length ? b : a));
    expect(largest).toMatch(RUBLES);
  };
  await russian();

  await page.reload();
  await waitForBoard(page);
  await russian();

  await page.getByRole("group", { name: "Язык" }).getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Board" })).toBeVisible();
  await expect(page.getByLabel("Owner").locator("option:checked")).toHaveText("Everyone");
});
