import type { Page } from "@playwright/test";
import { test, expect } from "../fixtures/test";
import { resetLoginRateLimits } from "../fixtures/auth";
import { USERS } from "../fixtures/users";
import { e2eDb } from "../fixtures/db";

/** Signs Rita in through the form (a fresh browser session of her own) and waits for the board. */
async function signInAsRita(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(USERS.rita.email);
  await page.getByLabel("Password").fill(USERS.rita.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("board-column").first()).toBeVisible();
}

test.describe("signing in and out", () => {
  test.beforeEach(async () => {
    await resetLoginRateLimits();
  });

  test("a rep signs in with the form and lands on the board", async ({ page, seed }) => {
    const pipeline = await seed.pipeline(0);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(USERS.rita.email);
    await page.getByLabel("Password").fill(USERS.rita.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(new RegExp(`/pipelines/${pipeline.id}$`));
    await expect(page.getByTestId("board-column")).toHaveCount(pipeline.stages.length);
    await expect(page.getByRole("heading", { name: pipeline.stages[0].name, level: 2 })).toBeVisible();
    await expect(page.getByTestId("current-user")).toHaveText("Rita Rep");
  });

  test("the language a user chose earlier applies when they sign in on a new browser", async ({ page }) => {
    await e2eDb().user.update({ where: { email: USERS.roman.email }, data: { locale: "ru" } });
    try {
      await page.goto("/sign-in");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await page.getByLabel("Email").fill(USERS.roman.email);
      await page.getByLabel("Password").fill(USERS.roman.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("current-user")).toHaveText("Roman Rep");
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      await expect(page.getByRole("navigation", { name: "Основное меню" })).toBeVisible();
    } finally {
      await e2eDb().user.update({ where: { email: USERS.roman.email }, data: { locale: "en" } });
    }
  });

  test("a wrong password shows an error and keeps the visitor on the sign-in page", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(USERS.rita.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email")).toHaveValue(USERS.rita.email);
    await expect(page.getByTestId("board-column")).toHaveCount(0);
  });

  test("signing out returns to the sign-in page and closes the board", async ({ page, seed }) => {
    const pipeline = await seed.pipeline(0);
    await signInAsRita(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await page.goto(`/pipelines/${pipeline.id}`);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByTestId("board-column")).toHaveCount(0);
  });

  test("a signed-out session stays dead even if its old cookie comes back", async ({ page, seed }) => {
    const pipeline = await seed.pipeline(0);
    await signInAsRita(page);
    // What a request in flight during sign-out could hand back: the session cookie as it was.
    const before = await page.context().cookies();
    expect(before.some((c) => c.name.includes("session-token"))).toBe(true);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.context().addCookies(before);

    await page.goto(`/pipelines/${pipeline.id}`);
    await expect(page.getByTestId("board-column")).toHaveCount(0);
    await expect(page.getByLabel("Password")).toBeVisible();
    const user = await e2eDb().user.findUniqueOrThrow({ where: { email: USERS.rita.email }, select: { id: true } });
    expect(await e2eDb().revokedSession.count({ where: { userId: user.id } })).toBeGreaterThan(0);
    // The REST API refuses the old cookie too.
    const move = await page.request.post(`/api/v1/deals/x/move`, {
      data: { toStageId: pipeline.stages[1].id, prevId: null, nextId: null, version: 1 },
      headers: { Origin: new URL(page.url()).origin },
    });
    expect(move.status()).toBe(401);
  });

  test("a signed-out visitor is sent to sign in, and back after signing in", async ({ page, seed }) => {
    const pipeline = await seed.pipeline(0);
    await page.goto(`/pipelines/${pipeline.id}`);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await page.getByLabel("Email").fill(USERS.head.email);
    await page.getByLabel("Password").fill(USERS.head.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/pipelines/${pipeline.id}$`));
    await expect(page.getByTestId("board-column")).toHaveCount(pipeline.stages.length);
  });

  test("an unknown pipeline signed out also goes to sign-in", async ({ page }) => {
    await page.goto("/pipelines/x");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Password")).toBeVisible();
  });
});
