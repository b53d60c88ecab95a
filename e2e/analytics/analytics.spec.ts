import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect } from "../fixtures/test";

test.use({ account: "head" });

/** Waits for a widget (a card with its table) to have streamed in. */
async function widget(page: Page, id: string) {
  const card = page.getByTestId(`widget-${id}`);
  await expect(card).toBeVisible({ timeout: 30_000 });
  return card;
}

test("leak analysis: losses by stage and reason; a cell lists the lost deals and why", async ({ page }) => {
  await page.goto("/analytics");
  await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  const card = await widget(page, "leaks-stage");
  await expect(card.getByRole("heading", { name: "Where do we lose deals, and why?" })).toBeVisible();
  const table = card.getByTestId("table-leaks-stage");
  await expect(table.getByRole("rowheader").first()).toBeVisible();
  // The first number of the table that is a button: the lost deals of one stage × reason.
  const cell = table.locator("tbody button").first();
  const count = Number(await cell.innerText());
  await cell.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("drill-deal")).toHaveCount(count);
  await expect(dialog.getByRole("link").first()).toHaveAttribute("href", /^\/deals\//);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("filters live in the URL and change the numbers", async ({ page }) => {
  await page.goto("/analytics");
  const card = await widget(page, "leaks-stage");
  const subtitle = card.locator("header p");
  const before = await subtitle.innerText();
  await page.getByLabel("Source channel").selectOption("ads");
  await expect(page).toHaveURL(/source=ads/);
  await expect(page.getByTestId("widget-leaks-source").getByTestId("table-leaks-source").getByRole("rowheader")).toHaveText(["Ads", "Total"]); // the label of the source, not its code
  await page.getByRole("group", { name: "Quick periods" }).getByRole("button", { name: "12 months" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole("group", { name: "Quick periods" }).getByRole("button", { name: "12 months" })).toHaveAttribute("aria-pressed", "true");
  await expect(subtitle).not.toHaveText(before);
  // Switching sections keeps the filters.
  await page.getByRole("navigation", { name: "Analytics sections" }).getByRole("link", { name: "Funnel" }).click();
  await expect(page).toHaveURL(/\/analytics\/funnel\?.*source=ads/);
  await expect(page.getByLabel("Source channel")).toHaveValue("ads");
  await page.getByRole("button", { name: "Reset filters" }).click();
  await expect(page).toHaveURL(/\/analytics\/funnel$/);
});

test("every table exports exactly its rows as CSV", async ({ page }) => {
  await page.goto("/analytics/funnel");
  const card = await widget(page, "funnel-conversion");
  const download = page.waitForEvent("download");
  await card.getByRole("button", { name: /Download “Where do deals move on, and where do they stall\?” as CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("funnel-conversion.csv");
  const csv = readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  const headers = await card.getByTestId("table-funnel-conversion").locator("thead th").allInnerTexts();
  expect(csv[0].split(",")).toEqual(headers.map((h) => (h === "Conversion" ? "Conversion (%)" : h)));
  const stages = await card.getByTestId("table-funnel-conversion").getByRole("rowheader").allInnerTexts();
  expect(csv.slice(1).map((line) => line.split(",")[0])).toEqual(stages);
});

test("funnel, time in stage and channels: the matrix lists the deals of a move; the bottleneck is named", async ({ page }) => {
  await page.goto("/analytics/funnel");
  const matrix = await widget(page, "funnel-matrix");
  await matrix.getByTestId("table-funnel-matrix").locator("tbody button").nth(1).click();
  await expect(page.getByRole("dialog").getByTestId("drill-deal").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await widget(page, "funnel-cohorts");

  await page.getByRole("navigation", { name: "Analytics sections" }).getByRole("link", { name: "Time in stage" }).click();
  await widget(page, "time-in-stage");
  await expect(page.getByTestId("bottleneck")).toContainText("Bottleneck:");
  const stuck = await widget(page, "stuck-deals");
  await stuck.locator("tbody button").first().click();
  await expect(page.getByRole("dialog").getByTestId("drill-deal").first()).toBeVisible();
  await page.keyboard.press("Escape");

  await page.getByRole("navigation", { name: "Analytics sections" }).getByRole("link", { name: "Channels" }).click();
  const attribution = await widget(page, "attribution");
  await expect(attribution.locator("thead th")).toHaveText(["Channel", "First touch", "Last touch", "Linear", "U-shaped 40/20/40", "Touches"]);
  await attribution.locator("tbody button").first().click();
  await expect(page.getByRole("dialog").getByTestId("drill-deal").first()).toBeVisible();
  await page.keyboard.press("Escape");
  // A band of "touches to win" lists exactly as many won deals as it counts.
  const touches = await widget(page, "touches-to-win");
  const band = touches.locator("tbody tr").filter({ has: page.locator("button") }).first().locator("td").first().getByRole("button");
  const count = Number(await band.innerText());
  await band.click();
  await expect(page.getByRole("dialog").getByTestId("drill-deal")).toHaveCount(Math.min(count, 100));
  await page.keyboard.press("Escape");
});

test("forecast: weighted pipeline, calibrated P10–P90, backtest and velocity", async ({ page }) => {
  await page.goto("/forecast");
  await expect(page.getByRole("heading", { level: 1, name: "Forecast" })).toBeVisible();
  await expect(page.getByTestId("velocity")).toContainText("Per day");
  const calibrated = await widget(page, "forecast-calibrated");
  await expect(calibrated.locator("thead th")).toHaveText(["Month", "P10", "P50", "P90", "Expected", "Weighted pipeline", "Won so far"]);
  await expect(page.getByTestId("backtest-best")).toContainText(/Most accurate|No month/);
  const weighted = await widget(page, "forecast-weighted");
  await weighted.locator("tbody button").first().click();
  await expect(page.getByRole("dialog").getByTestId("drill-deal").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await widget(page, "forecast-stages");
});

test.describe("in Russian", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "voronka-locale", value: "ru", url: baseURL! }]);
  });

  test("titles ask their questions in Russian and money is formatted the Russian way", async ({ page }) => {
    await page.goto("/analytics");
    const card = await widget(page, "leaks-stage");
    await expect(card.getByRole("heading", { name: "Где мы теряем сделки и почему?" })).toBeVisible();
    await expect(card.getByRole("columnheader", { name: "Сумма потерь" })).toBeVisible();
    const total = await card.getByTestId("table-leaks-stage").locator("tbody tr").last().locator("td").last().innerText();
    expect(total).toMatch(/^\d{1,3}([\u00a0\u202f]\d{3})*[\u00a0\u202f]₽$/);
    await page.goto("/forecast");
    await expect(page.getByRole("heading", { level: 1, name: "Прогноз" })).toBeVisible();
    await expect((await widget(page, "forecast-backtest")).getByRole("heading", { name: "Какому прогнозу верить?" })).toBeVisible();
  });
});

test.describe("as a sales rep", () => {
  test.use({ account: "rita" });

  test("analytics and forecast answer with a clear 403 page, and the menu has no link to them", async ({ page }) => {
    for (const path of ["/analytics", "/analytics/funnel", "/forecast"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByTestId("forbidden")).toContainText("403");
      await expect(page.getByRole("heading", { level: 1, name: "Analytics are for heads of sales and admins" })).toBeVisible();
    }
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Analytics" })).toHaveCount(0);
  });
});
