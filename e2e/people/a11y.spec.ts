import { seriousViolations } from "../fixtures/axe";
import { test, expect } from "./fixtures";

test.use({ account: "rita" });

test("the person page has no serious accessibility violations", async ({ page, makePerson }) => {
  const person = await makePerson({ owner: "rita" });
  await page.goto(`/people/${person.id}`);
  await expect(page.getByTestId("timeline-item").first()).toBeVisible();
  await expect(page.getByTestId("person-channels")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId("edit-person").click();
  await page.getByRole("button", { name: "Add identity" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the People list has no serious accessibility violations", async ({ page }) => {
  await page.goto("/people");
  await expect(page.getByTestId("people-row").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe("as a head of sales", () => {
  test.use({ account: "head" });

  test("the merge dialog has no serious accessibility violations, searching or comparing", async ({ page, makePerson }) => {
    const person = await makePerson({ owner: "rita", events: 2 });
    const other = await makePerson({ owner: "roman", events: 2, label: "Duplicate" });
    await page.goto(`/people/${person.id}`);
    await page.getByTestId("merge-person").click();
    const dialog = page.getByRole("dialog", { name: "Merge with another profile" });
    await dialog.getByLabel("Find the other profile").fill(other.name);
    await expect(dialog.getByRole("list", { name: "Matching people" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole("button", { name: other.name }).click();
    await expect(dialog.getByTestId("merge-kept")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
