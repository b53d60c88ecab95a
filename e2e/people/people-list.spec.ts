import { test, expect } from "./fixtures";

test.use({ account: "head" });

test("the People list searches by email, filters in the URL and opens a person", async ({ page, makePerson }) => {
  const person = await makePerson({ owner: "rita" });
  await page.goto("/people");
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await expect(page.getByTestId("people-row").first()).toBeVisible();

  await page.getByRole("searchbox", { name: "Search people" }).fill(person.email.toUpperCase());
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId("people-row")).toHaveCount(1);
  const row = page.getByTestId("people-row").first();
  await expect(row).toContainText(person.name);
  await expect(row).toContainText("E2E Testing LLC");
  await expect(row).toContainText("Warm");
  await expect(row).toContainText("Rita");

  await page.getByLabel("Temperature").selectOption("HOT");
  await expect(page).toHaveURL(/temp=HOT/);
  await expect(page.getByTestId("people-empty")).toContainText("No one matches these filters.");
  await page.getByLabel("Temperature").selectOption("WARM");
  await expect(page.getByTestId("people-row")).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search people" })).toHaveValue(person.email.toUpperCase());
  await page.getByRole("link", { name: person.name }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}$`));
});

test("the People list pages through everyone, most recently touched first", async ({ page }) => {
  await page.goto("/people");
  await expect(page.getByTestId("people-row")).toHaveCount(50);
  const firstOnPage1 = await page.getByTestId("people-row").first().innerText();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/^Page 2 of/)).toBeVisible();
  await expect(page.getByTestId("people-row").first()).not.toHaveText(firstOnPage1);
});
