// Settings → Sources: an admin adds a source and renames one; the Russian label is what analytics
// filters show to a Russian user.
import { test, expect } from "../fixtures/test";
import { seriousViolations } from "../fixtures/axe";

test.use({ account: "admin" });

test("an admin adds a source, words it in Russian, and the analytics filter shows that word", async ({ page, seed, context, baseURL }) => {
  const ads = await seed.db.leadSource.findUniqueOrThrow({ where: { code: "ads" } });
  try {
    await page.goto("/settings/sources");
    await page.getByLabel("Code", { exact: true }).fill("e2e_fair");
    await page.getByLabel("English label", { exact: true }).fill("Trade fair");
    await page.getByLabel("Russian label", { exact: true }).fill("Выставка");
    await page.getByRole("button", { name: "Add source" }).click();
    const fair = page.locator('[data-testid="source-row"][data-code="e2e_fair"]');
    await expect(fair).toBeVisible();
    expect(await seed.db.leadSource.findUnique({ where: { code: "e2e_fair" }, select: { labelRu: true, active: true } })).toEqual({ labelRu: "Выставка", active: true });

    const adsRu = page.getByRole("textbox", { name: `Russian label: ${ads.labelEn}` });
    await adsRu.fill("Контекстная реклама");
    await adsRu.press("Enter");
    await expect.poll(async () => (await seed.db.leadSource.findUniqueOrThrow({ where: { code: "ads" } })).labelRu).toBe("Контекстная реклама");
    expect(await seriousViolations(page)).toEqual([]);

    await context.addCookies([{ name: "voronka-locale", value: "ru", url: baseURL! }]);
    await page.goto("/analytics");
    await expect(page.locator("#analytics-source option[value=ads]")).toHaveText("Контекстная реклама");
  } finally {
    await seed.db.leadSource.deleteMany({ where: { code: "e2e_fair" } });
    await seed.db.leadSource.update({ where: { code: "ads" }, data: { labelRu: ads.labelRu } });
    await seed.db.auditLog.deleteMany({ where: { entity: "Source" } });
  }
});
