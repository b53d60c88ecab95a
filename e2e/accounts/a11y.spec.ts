import { seriousViolations } from "../fixtures/axe";
import { test, expect } from "../fixtures/test";

test("the sign-in (with demo logins) and forgot-password pages have no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByTestId("demo-logins")).toBeVisible();
  expect(await seriousViolations(page), "/sign-in").toEqual([]);
  await page.goto("/forgot-password");
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  expect(await seriousViolations(page), "/forgot-password").toEqual([]);
});

test.describe("signed in", () => {
  test.use({ account: "roman" });
  test("the account page has no serious accessibility violations", async ({ page }) => {
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe("as an admin", () => {
  test.use({ account: "admin" });
  test("Settings → Users with the invite and password dialogs has no serious accessibility violations", async ({ page }) => {
    await page.goto("/settings/users");
    await page.getByRole("button", { name: "Invite by email" }).click();
    await expect(page.getByRole("dialog", { name: "Invite a team member" })).toBeVisible();
    expect(await seriousViolations(page), "invite dialog").toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Password… Rita Rep" }).click();
    await expect(page.getByRole("dialog", { name: "Password of Rita Rep" })).toBeVisible();
    expect(await seriousViolations(page), "password dialog").toEqual([]);
  });
});
