import { test, expect } from "../fixtures/test";
import { uniqueTitle } from "../fixtures/seed";
import { seriousViolations } from "../fixtures/axe";

test.use({ account: "admin" });

test("an admin adds a loss reason, archives it and deletes it while unused", async ({ page, seed }) => {
  const label = uniqueTitle("reason");
  await page.goto("/settings/loss-reasons");
  await page.getByLabel("New reason").fill(label);
  await page.getByRole("button", { name: "Add reason" }).click();
  const row = page.getByTestId("loss-reason-row").filter({ has: page.locator(`input[value="${label}"]`) });
  await expect(row).toBeVisible();
  try {
    expect(await seed.db.lossReason.findFirst({ where: { label }, select: { active: true } })).toEqual({ active: true });
    await row.getByRole("button", { name: "Archive" }).click();
    await expect(row.getByText("archived", { exact: true })).toBeVisible();
    expect(await seed.db.lossReason.findFirst({ where: { label }, select: { active: true } })).toEqual({ active: false });
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole("button", { name: `Delete reason ${label}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete reason" }).click();
    await expect(row).toHaveCount(0);
    expect(await seed.db.lossReason.count({ where: { label } })).toBe(0);
  } finally {
    await seed.db.lossReason.deleteMany({ where: { label } });
  }
});
