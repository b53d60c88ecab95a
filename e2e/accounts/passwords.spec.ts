// Accounts on the demo database: demo mode on the sign-in page, no /setup once users exist,
// changing one's password (every session ends), forgot password through the outbox, and an
// admin setting a password from Settings → Users. Each test uses accounts of its own.
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "../fixtures/test";
import { resetLoginRateLimits } from "../fixtures/auth";
import { createAccount, latestLinkTo, removeAccount, type TestAccount } from "./fixtures";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signedInPage(browser: Browser, account: TestAccount) {
  // A browser of their own, signed out (not the page's session, e.g. the admin's).
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  await expect(page.getByTestId("current-user")).toHaveText(account.name);
  return { context, page };
}

const accounts: string[] = [];
async function account(options?: Parameters<typeof createAccount>[0]) {
  const created = await createAccount(options);
  accounts.push(created.email);
  return created;
}

test.beforeEach(async () => {
  await resetLoginRateLimits();
});
test.afterEach(async () => {
  for (const email of accounts.splice(0)) await removeAccount(email);
});

test("demo data: the sign-in page lists the demo logins; /setup does not exist once there are users", async ({ page }) => {
  await page.goto("/sign-in");
  const demo = page.getByTestId("demo-logins");
  await expect(demo).toContainText("admin@voronka.dev");
  await expect(demo).toContainText("voronka-demo");
  expect((await page.goto("/setup"))?.status()).toBe(404);
});

test("changing your password needs the current one, then ends every session of yours", async ({ browser }) => {
  const me = await account({ name: "Pavel Password" });
  const first = await signedInPage(browser, me);
  const second = await signedInPage(browser, me);
  try {
    const page = first.page;
    await page.getByRole("link", { name: /Your account/ }).click();
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await page.getByLabel("Current password").fill("not-my-password");
    await page.getByLabel("New password").fill("pavel-new-password");
    await page.getByLabel("Repeat the password").fill("pavel-new-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("That is not your current password.")).toBeVisible();

    await page.getByLabel("Current password").fill(me.password);
    await page.getByLabel("New password").fill("pavel-new-password");
    await page.getByLabel("Repeat the password").fill("pavel-new-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=passwordChanged/);
    await expect(page.getByTestId("sign-in-notice")).toContainText("Your password was changed");

    // The other browser's session ended too.
    await second.page.goto("/tasks");
    await expect(second.page).toHaveURL(/\/sign-in/);
    await expect(second.page.getByTestId("current-user")).toHaveCount(0);

    await signIn(page, me.email, me.password);
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
    await signIn(page, me.email, "pavel-new-password");
    await expect(page.getByTestId("current-user")).toHaveText("Pavel Password");
  } finally {
    await first.context.close();
    await second.context.close();
  }
});

test("forgot password: the same answer for any address; the emailed link sets a new password once", async ({ page }) => {
  const me = await account({ name: "Fedor Forgetful" });
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill("nobody-here@voronka.test");
  await page.getByRole("button", { name: "Email me a link" }).click();
  const unknownAnswer = await page.getByTestId("reset-requested").innerText();

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(me.email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  const knownAnswer = await page.getByTestId("reset-requested").innerText();
  expect(knownAnswer.replace(me.email, "@")).toBe(unknownAnswer.replace("nobody-here@voronka.test", "@"));

  const link = await latestLinkTo(me.email);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password").fill("short");
  await page.getByLabel("Repeat the password").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await page.getByLabel("New password").fill("fedor-remembers-now");
  await page.getByLabel("Repeat the password").fill("fedor-remembers-now");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByTestId("sign-in-notice")).toHaveText("Your password is set. Sign in with it now.");
  await page.getByLabel("Password").fill("fedor-remembers-now");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Fedor Forgetful");

  await page.goto(link);
  await expect(page.getByTestId("link-invalid")).toContainText("already used");
});

test("in Russian: the forgot-password and set-password pages", async ({ page, context, baseURL }) => {
  const me = await account({ name: "Роман Русский" });
  await context.addCookies([{ name: "voronka-locale", value: "ru", url: baseURL! }]);
  await page.goto("/forgot-password");
  await expect(page.getByRole("heading", { name: "Сброс пароля" })).toBeVisible();
  await page.getByLabel("Email").fill(me.email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByTestId("reset-requested")).toContainText("ссылка для выбора нового пароля уже отправлена");
  await page.goto(await latestLinkTo(me.email));
  await page.getByLabel("Новый пароль").fill("новый-пароль-роман");
  await page.getByLabel("Повторите пароль").fill("другой-пароль-роман");
  await page.getByRole("button", { name: "Установить новый пароль" }).click();
  await expect(page.getByText("Пароли не совпадают.")).toBeVisible();
});

test.describe("as an admin", () => {
  test.use({ account: "admin" });

  test("Settings → Users: set a user's password, or email them a reset link", async ({ page, browser }) => {
    const rep = await account({ name: "Sergei Settings" });
    const theirs = await signedInPage(browser, rep);
    try {
      await page.goto("/settings/users");
      const row = page.getByTestId("user-row").filter({ hasText: rep.email });
      await row.getByRole("button", { name: `Password… ${rep.name}` }).click();
      const dialog = page.getByRole("dialog", { name: `Password of ${rep.name}` });
      await dialog.getByRole("button", { name: "Email a reset link" }).click();
      await expect(page.getByText(`No SMTP is configured: the reset link for ${rep.email} waits in Settings → Outbox.`)).toBeVisible();
      expect(await latestLinkTo(rep.email)).toMatch(/\/set-password\?token=/);

      await row.getByRole("button", { name: `Password… ${rep.name}` }).click();
      await dialog.getByLabel("New password").fill("handed-over-password");
      await dialog.getByRole("button", { name: "Set password" }).click();
      await expect(page.getByText(`${rep.name}'s password was changed; their sessions were signed out.`)).toBeVisible();

      // Their open session ended; the new password works.
      await theirs.page.goto("/tasks");
      await expect(theirs.page).toHaveURL(/\/sign-in/);
      await signIn(theirs.page, rep.email, "handed-over-password");
      await expect(theirs.page.getByTestId("current-user")).toHaveText(rep.name);
    } finally {
      await theirs.context.close();
    }
  });
});
