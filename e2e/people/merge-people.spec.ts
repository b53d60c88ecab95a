import { test, expect } from "./fixtures";

test.describe("merging two profiles", () => {
  test.use({ account: "head" });

  test("a head merges a duplicate from the person page and lands on the kept profile with both identities", async ({ page, seed, makePerson }) => {
    const older = await makePerson({ owner: "rita", events: 3, label: "Older" });
    const newer = await makePerson({ owner: "rita", events: 2, label: "Newer" });
    await seed.db.person.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - 30 * 86_400_000) } });

    // From the younger profile: it is the one merged away.
    await page.goto(`/people/${newer.id}`);
    await page.getByTestId("merge-person").click();
    const dialog = page.getByRole("dialog", { name: "Merge with another profile" });
    await dialog.getByLabel("Find the other profile").fill(newer.name);
    await expect(dialog.getByRole("status")).toHaveText("No one else matches. Try an email or a phone number.");
    await dialog.getByLabel("Find the other profile").fill(older.name);
    await dialog.getByRole("list", { name: "Matching people" }).getByRole("button", { name: older.name }).click();

    const kept = dialog.getByTestId("merge-kept");
    const merged = dialog.getByTestId("merge-merged");
    await expect(kept).toContainText(older.name);
    await expect(kept).toContainText("Stays");
    await expect(kept).toContainText("Chosen profile");
    await expect(kept).toContainText(older.email);
    await expect(kept.getByTestId("merge-deals")).toHaveText("1 deal");
    await expect(kept.getByTestId("merge-events")).toHaveText("3 events");
    await expect(merged).toContainText(newer.name);
    await expect(merged).toContainText("This profile");
    await expect(merged).toContainText(newer.email);
    await expect(merged.getByTestId("merge-events")).toHaveText("2 events");

    await dialog.getByTestId("merge-confirm").click();
    await expect(page).toHaveURL(new RegExp(`/people/${older.id}$`));
    await expect(page.getByText("Profiles merged")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: older.name })).toBeVisible();
    const identities = page.getByTestId("identities");
    await expect(identities).toContainText(older.email);
    await expect(identities).toContainText(newer.email);
    await expect(page.getByTestId("person-deals")).toContainText(older.dealTitle);
    await expect(page.getByTestId("person-deals")).toContainText(newer.dealTitle);

    expect(await seed.db.person.findUniqueOrThrow({ where: { id: newer.id }, select: { mergedIntoId: true } })).toEqual({ mergedIntoId: older.id });
    const audit = await seed.db.auditLog.findFirst({ where: { action: "person.merge", entityId: older.id } });
    expect(audit?.data).toContain(newer.id);

    // The old address opens the kept profile.
    await page.goto(`/people/${newer.id}`);
    await expect(page).toHaveURL(new RegExp(`/people/${older.id}$`));
  });
});

test.describe("without the permission", () => {
  test.use({ account: "rita" });

  test("a sales rep sees no merge action, not even on a person they own", async ({ page, makePerson }) => {
    const person = await makePerson({ owner: "rita", events: 1 });
    await page.goto(`/people/${person.id}`);
    await expect(page.getByTestId("edit-person")).toBeVisible();
    await expect(page.getByTestId("merge-person")).toHaveCount(0);
  });
});
