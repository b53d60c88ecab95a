// The first run of a real team: an empty database (no users, no demo data) served by the same
// build on its own port (playwright.config.ts, project "first-run"). The first admin is created
// on /setup, invites a rep by email; without SMTP the invitation waits in the outbox, where the
// admin reads the link; the rep sets a password through it and signs in.
import bcrypt from "bcryptjs";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl, e2eDbAt, type Db } from "../fixtures/db";
import { emptyDatabaseUrl } from "../fixtures/empty-instance";
import { seriousViolations } from "../fixtures/axe";

let db: Db;

test.beforeAll(async () => {
  db = e2eDbAt(emptyDatabaseUrl(e2eDatabaseUrl()));
  // Empty again, so a local re-run against a reused server starts from no user too.
  await db.auditLog.deleteMany({});
  await db.outboundEmail.deleteMany({});
  await db.setting.deleteMany({});
  await db.rateLimit.deleteMany({});
  await db.user.deleteMany({});
});

test.afterAll(async () => {
  await db.$disconnect();
});

test("a fresh database: the first admin invites a rep, who sets a password from the emailed link and signs in", async ({ page, browser }) => {
  // Nobody to sign in yet: the sign-in page sends the visitor to create the first admin.
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Create the first admin" })).toBeVisible();
  expect(await seriousViolations(page), "/setup").toEqual([]);

  await page.getByLabel("Your name").fill("Olga Owner");
  await page.getByLabel("Email").fill("olga@first-run.test");
  await page.getByLabel("Password", { exact: true }).fill("too-short");
  await page.getByLabel("Repeat the password").fill("too-short");
  await page.getByRole("button", { name: "Create admin and sign in" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  expect(await db.user.count()).toBe(0);

  await page.getByLabel("Password", { exact: true }).fill("olga-first-password");
  await page.getByLabel("Repeat the password").fill("olga-first-password");
  await page.getByRole("button", { name: "Create admin and sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Olga Owner");
  expect(await db.user.findMany({ select: { email: true, role: true } })).toEqual([{ email: "olga@first-run.test", role: "ADMIN" }]);

  // The page is gone for good.
  expect((await page.goto("/setup"))?.status()).toBe(404);

  // Settings → Users: invite a rep by email.
  await page.goto("/settings/users");
  await page.getByRole("button", { name: "Invite by email" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a team member" });
  await dialog.getByLabel("Name").fill("Ivan Rep");
  await dialog.getByLabel("Email").fill("ivan@first-run.test");
  await dialog.getByLabel("Language").selectOption("en");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("No SMTP is configured: the invitation for ivan@first-run.test waits in Settings → Outbox")).toBeVisible();
  await expect(page.getByTestId("user-row").filter({ hasText: "Ivan Rep" }).getByTestId("user-invite-status")).toHaveText("Invited");

  // Settings → Outbox: the invitation, with its link.
  await page.goto("/settings/outbox");
  const email = page.getByTestId("outbox-email").filter({ hasText: "Olga Owner invited you to Voronka" });
  await email.locator("summary").click();
  const body = await email.locator("details p").first().innerText();
  const link = body.match(/http:\/\/127\.0\.0\.1:\d+\/set-password\?token=[A-Za-z0-9_-]{43}/)?.[0];
  expect(link, body).toBeTruthy();

  // The rep, in a browser of their own.
  const repContext = await browser.newContext();
  try {
    const rep = await repContext.newPage();
    await rep.goto(link!);
    await expect(rep.getByRole("heading", { name: "Join Voronka" })).toBeVisible();
    await expect(rep.getByText("Welcome, Ivan Rep! Choose a password for ivan@first-run.test")).toBeVisible();
    expect(await seriousViolations(rep), "/set-password").toEqual([]);
    await rep.getByLabel("New password").fill("ivan-chosen-password");
    await rep.getByLabel("Repeat the password").fill("ivan-chosen-pasword");
    await rep.getByRole("button", { name: "Set password and join" }).click();
    await expect(rep.getByText("The two passwords differ.")).toBeVisible();
    await rep.getByLabel("New password").fill("ivan-chosen-password");
    await rep.getByLabel("Repeat the password").fill("ivan-chosen-password");
    await rep.getByRole("button", { name: "Set password and join" }).click();

    await expect(rep).toHaveURL(/\/sign-in\?/);
    await expect(rep.getByTestId("sign-in-notice")).toHaveText("Welcome to Voronka! Your password is set: sign in with it now.");
    // No demo data in this database: no demo logins on the sign-in page.
    await expect(rep.getByTestId("demo-logins")).toHaveCount(0);
    await expect(rep.getByText("voronka-demo")).toHaveCount(0);
    await expect(rep.getByLabel("Email")).toHaveValue("ivan@first-run.test");
    await rep.getByLabel("Password").fill("ivan-chosen-password");
    await rep.getByRole("button", { name: "Sign in" }).click();
    await expect(rep.getByTestId("current-user")).toHaveText("Ivan Rep");

    // The link worked once.
    await rep.goto(link!);
    await expect(rep.getByTestId("link-invalid")).toContainText("This link was already used");
  } finally {
    await repContext.close();
  }

  await page.goto("/settings/users");
  await expect(page.getByTestId("user-row").filter({ hasText: "Ivan Rep" }).getByText("Active")).toBeVisible();
});

test("without demo data the sign-in page shows no demo logins", async ({ page }) => {
  // With no user at all the page sends visitors to /setup; the journey above leaves two.
  if ((await db.user.count()) === 0) {
    await db.user.create({ data: { email: "olga@first-run.test", name: "Olga Owner", role: "ADMIN", passwordHash: await bcrypt.hash("olga-first-password", 10) } });
  }
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("demo-logins")).toHaveCount(0);
  await expect(page.getByText(/voronka-demo|admin@voronka\.dev/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Forgot your password?" })).toBeVisible();
});
