import { test, expect } from "../fixtures/test";

for (const account of ["head", "rita"] as const) {
  test.describe(`as ${account}`, () => {
    test.use({ account });

    test("settings pages answer 403 with the admins-only notice and show no settings", async ({ page }) => {
      for (const path of ["/settings/pipelines", "/settings/users", "/settings/automations", "/settings/audit"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByTestId("forbidden")).toContainText("Settings are for admins");
        await expect(page.getByTestId("stage-list")).toHaveCount(0);
        await expect(page.getByRole("navigation", { name: "Settings sections" })).toHaveCount(0);
      }
    });
  });
}
