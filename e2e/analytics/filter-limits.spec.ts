import { test, expect } from "../fixtures/test";

test.use({ account: "head" });

// The URL that once blocked the server (years past 9999 looped forever) now opens the default
// period and says why, in the user's language.
const KILLER = "/analytics?from=9999-12-20&to=9999-12-31";

test("a period out of bounds opens the default period and says so, in English and Russian", async ({ page }) => {
  const response = await page.goto(KILLER);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("widget-leaks-stage")).toBeVisible({ timeout: 30_000 });
  const issues = page.getByTestId("filter-issues");
  await expect(issues).toHaveText("Dates must fall in the years 2000–2100. Showing the last 90 days instead.");
  await expect(page.getByRole("group", { name: "Quick periods" }).getByRole("button", { name: "90 days" })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/forecast?from=2010-01-01&to=2026-01-01&source=ads%00");
  await expect(page.getByTestId("filter-issues").getByRole("listitem")).toHaveText([
    "The source filter in the address is not valid and was not applied.",
    "A period can be at most 5 years long. Showing the last 90 days instead.",
  ]);

  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto(KILLER);
  await expect(page.getByTestId("filter-issues")).toHaveText("Даты должны быть в пределах 2000–2100 годов. Показаны последние 90 дней.");
  await page.goto("/analytics/funnel?from=2026-02-30");
  await expect(page.getByTestId("filter-issues")).toHaveText("Дата начала периода в адресе — не календарный день (ГГГГ-ММ-ДД). Показаны последние 90 дней.");
  await expect(page.getByTestId("widget-funnel-conversion")).toBeVisible({ timeout: 30_000 });

  await page.getByRole("group", { name: "Язык" }).getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
