// Screenshots of the analytics and forecast pages for review (test-results/analytics-*.png).
import { test, expect } from "../fixtures/test";

test.use({ account: "head" });

for (const { path, name, last } of [
  { path: "/analytics", name: "leaks", last: "leaks-owner" },
  { path: "/analytics/funnel", name: "funnel", last: "funnel-cohorts" },
  { path: "/analytics/time-in-stage", name: "time-in-stage", last: "stuck-deals" },
  { path: "/analytics/channels", name: "channels", last: "touches-to-win" },
  { path: "/forecast", name: "forecast", last: "forecast-stages" },
]) {
  test(`screenshot of ${path}`, async ({ page }, testInfo) => {
    await page.goto(path);
    await expect(page.getByTestId(`widget-${last}`)).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: testInfo.outputPath(`analytics-${name}.png`), fullPage: true });
  });
}
