import { seriousViolations } from "../fixtures/axe";
import { test, expect } from "../fixtures/test";

test.use({ account: "head" });

const PAGES = [
  { path: "/analytics", last: "leaks-owner" },
  { path: "/analytics/funnel", last: "funnel-cohorts" },
  { path: "/analytics/time-in-stage", last: "stuck-deals" },
  { path: "/analytics/channels", last: "touches-to-win" },
  { path: "/forecast", last: "forecast-stages" },
];

for (const { path, last } of PAGES) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByTestId(`widget-${last}`)).toBeVisible({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the drill-down dialog has no serious accessibility violations", async ({ page }) => {
  await page.goto("/analytics");
  await page.getByTestId("table-leaks-stage").locator("tbody button").first().click();
  await expect(page.getByRole("dialog").getByTestId("drill-deal").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
