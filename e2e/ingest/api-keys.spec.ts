// Settings → API keys: an admin creates a key (shown once, copied), uses it, revokes it;
// others get a clear 403 page.
import { seriousViolations } from "../fixtures/axe";
import { request } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { e2eDb } from "../fixtures/db";
import { cleanUp } from "./keys";

test.describe("as an admin", () => {
  test.use({ account: "admin" });

  test("creates a key shown once, sends events with it, then revokes it", async ({ page, context, baseURL }) => {
    const name = `E2E key ${Date.now()}`;
    const anon = `v_e2e_keys_${Date.now()}`;
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.goto("/settings/api-keys");
      await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
      await page.getByLabel("New key name").fill(name);
      await page.getByRole("button", { name: "Create key" }).click();

      const secretField = page.getByTestId("api-key-secret");
      await expect(secretField).toHaveValue(/^vk_live_[0-9A-Za-z]{32}$/);
      const secret = await secretField.inputValue();
      await page.getByRole("button", { name: "Copy", exact: true }).click();
      await expect(page.getByRole("button", { name: "Copied", exact: true })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
      await expect(page.locator("pre code")).toContainText(`data-key="${secret}"`);
      expect(await seriousViolations(page, ["wcag2a", "wcag2aa"])).toEqual([]);

      await page.getByRole("button", { name: "I have copied it" }).click();
      await expect(secretField).toHaveCount(0);
      const row = page.getByTestId("api-key-row").filter({ hasText: name });
      await expect(row).toContainText(secret.slice(0, 12));
      await expect(row.getByTestId("api-key-kind")).toHaveText("Public");
      await expect(row).toContainText("Never");
      await page.reload();
      expect(await page.content()).not.toContain(secret);

      const api = await request.newContext({ baseURL });
      const batch = { events: [{ id: `${anon}-1`, type: "page_view", occurredAt: new Date().toISOString(), identities: { anonymousId: anon } }] };
      const sent = await api.post("/api/v1/events", { data: batch, headers: { authorization: `Bearer ${secret}` } });
      expect(sent.status()).toBe(200);
      expect(await sent.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
      await expect.poll(() => e2eDb().event.count({ where: { externalId: `${anon}-1` } })).toBe(1);
      await page.reload();
      await expect(row).not.toContainText("Never");

      await row.getByRole("button", { name: `Revoke the key “${name}”` }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toContainText("401 Unauthorized");
      await dialog.getByRole("button", { name: "Revoke key" }).click();
      await expect(row).toContainText("Revoked");
      await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

      const refused = await api.post("/api/v1/events", { data: batch, headers: { authorization: `Bearer ${secret}` } });
      expect(refused.status()).toBe(401);
      expect((await refused.json()).error).toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringContaining("revoked") });
      await api.dispose();
    } finally {
      await cleanUp({ keyNames: [name], anonPrefix: anon });
    }
  });

  test("creates a secret server key that may merge known people, and shows its kind", async ({ page }) => {
    const name = `E2E server key ${Date.now()}`;
    try {
      await page.goto("/settings/api-keys");
      await expect(page.getByTestId("api-key-merges")).toHaveCount(0);
      await page.getByRole("radio", { name: /^Secret/ }).check();
      await page.getByTestId("api-key-merges").check();
      await page.getByLabel("New key name").fill(name);
      await page.getByRole("button", { name: "Create key" }).click();
      const secret = await page.getByTestId("api-key-secret").inputValue();
      await expect(page.locator("pre code")).toContainText(`Authorization: Bearer ${secret}`);
      await expect(page.locator("pre code")).not.toContainText("data-key");
      await page.getByRole("button", { name: "I have copied it" }).click();
      const row = page.getByTestId("api-key-row").filter({ hasText: name });
      await expect(row.getByTestId("api-key-kind")).toHaveText(/Secret\s*merges known people/);
      expect(await e2eDb().apiKey.findFirstOrThrow({ where: { name }, select: { kind: true, mergesKnownPeople: true } })).toEqual({ kind: "SECRET", mergesKnownPeople: true });
    } finally {
      await cleanUp({ keyNames: [name] });
    }
  });

  test("explains a missing name", async ({ page }) => {
    await page.goto("/settings/api-keys");
    await page.getByRole("button", { name: "Create key" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Give the key a name" })).toBeVisible();
  });
});

test.describe("as a sales rep", () => {
  test.use({ account: "rita" });

  test("sees the settings 403 notice instead of the keys", async ({ page }) => {
    await page.goto("/settings/api-keys");
    await expect(page.getByTestId("forbidden").getByRole("alert")).toBeVisible();
    await expect(page.getByLabel("New key name")).toHaveCount(0);
    await expect(page.getByTestId("api-key-row")).toHaveCount(0);
  });
});
