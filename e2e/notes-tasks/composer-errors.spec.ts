// Nothing a user typed is lost: when the server refuses a note, the text stays with the reason.
import { uniqueTitle } from "../fixtures/seed";
import { expect, test } from "./people";

test.use({ account: "rita" });

test("a refused note keeps its text and says why; a deal without a person says notes need one", async ({ page, seed, people }) => {
  const deal = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("refused") });
  await people.attach(deal.id, "E2E Ольга Светлова");
  await page.goto(`/deals/${deal.id}`);
  const composer = page.getByTestId("note-composer");
  const text = "Хотят запустить до конца квартала, иначе сгорит бюджет";
  await composer.getByText("Motivation", { exact: true }).click();
  await composer.getByLabel("Note text").fill(text);

  // Meanwhile the person is unlinked from the deal (another tab, another user).
  await seed.db.deal.update({ where: { id: deal.id }, data: { personId: null } });
  await composer.getByRole("button", { name: "Add note" }).click();
  await expect(composer.getByRole("alert")).toContainText("This deal has no person yet");
  await expect(composer.getByLabel("Note text")).toHaveValue(text);

  // Empty and too long are caught before the server, also without losing anything.
  await composer.getByLabel("Note text").fill("   ");
  await composer.getByRole("button", { name: "Add note" }).click();
  await expect(composer.getByRole("alert")).toHaveText("Write the note first: it cannot be empty.");
  await composer.getByLabel("Note text").fill("я".repeat(5001));
  await expect(composer).toContainText("1 character too many");
  await composer.getByRole("button", { name: "Add note" }).click();
  await expect(composer.getByRole("alert")).toHaveText("Keep the note within 5,000 characters.");
  await expect(composer.getByLabel("Note text")).toHaveValue("я".repeat(5001));

  await page.reload();
  await expect(page.getByTestId("notes-no-person")).toContainText("This deal has no person");
  await expect(page.getByTestId("note-composer")).toHaveCount(0);
  expect(await seed.db.note.count({ where: { body: text } })).toBe(0);
});
