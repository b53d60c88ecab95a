import { test, expect } from "./fixtures";
import { card, openBoard } from "../fixtures/board";

test.use({ account: "rita" });

const items = (page: import("@playwright/test").Page) => page.getByTestId("timeline-item");

test("opens a person from the board: card → deal page → person", async ({ page, seed, makePerson }) => {
  const person = await makePerson({ owner: "rita" });
  const pipeline = await seed.pipeline(0);
  await openBoard(page, pipeline.id);
  await card(page, person.dealId).getByRole("link", { name: person.dealTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: person.dealTitle })).toBeVisible();
  await page.getByRole("link", { name: person.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
  await expect(page.getByTestId("identities")).toContainText(person.email);
  await expect(page.getByTestId("person-deals")).toContainText(person.dealTitle);
});

test("the timeline: grouped by day, filtered by kind, older pages on demand", async ({ page, makePerson }) => {
  const person = await makePerson({ owner: "rita", events: 60 });
  await page.goto(`/people/${person.id}`);
  await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();

  // 60 events every 2 hours (5 days), a note and a done task, a deal created now: 50 on the first page.
  await expect(items(page)).toHaveCount(50);
  const days = page.getByTestId("timeline-day");
  expect(await days.count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole("heading", { level: 3, name: "Today" })).toBeVisible();
  await expect(items(page).first()).toContainText("Deal created in");
  await expect(page.getByTestId("timeline")).toContainText("Added to cart");
  await expect(page.getByTestId("timeline")).toContainText("Espresso machine");
  await expect(page.getByTestId("since-last-touch")).toContainText("since");

  await page.getByTestId("timeline-older").click();
  await expect(items(page)).toHaveCount(60 + 1 + 2 + 1); // events, note, task created and done, deal created
  await expect(page.getByText("That is the very beginning.")).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("/e2e/page-59");

  const filters = page.getByRole("group", { name: "Show in the timeline" });
  await filters.getByRole("button", { name: "Notes" }).click();
  await expect(page).toHaveURL(/kinds=notes/);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText(person.noteBody);
  await filters.getByRole("button", { name: "Tasks" }).click();
  await expect(page).toHaveURL(/kinds=notes%2Ctasks|kinds=notes,tasks/);
  await expect(items(page)).toHaveCount(3);
  await filters.getByRole("button", { name: "All" }).click();
  await expect(items(page)).toHaveCount(50);
  await expect(filters.getByRole("button", { name: "All" })).toHaveAttribute("aria-pressed", "true");
});

test("a note written on the person page appears at the top of the timeline", async ({ page, makePerson }) => {
  const person = await makePerson({ owner: "rita", events: 5 });
  await page.goto(`/people/${person.id}`);
  const composer = page.getByTestId("note-composer");
  const body = `E2E fresh note ${Date.now().toString(36)}`;
  await composer.getByRole("textbox").fill(body);
  await composer.getByRole("button", { name: "Add note" }).click();
  await expect(items(page).first()).toContainText(body);
  await expect(items(page).first()).toHaveAttribute("data-kind", "note");
});

test("edits the person: a validation error is shown, then the change is saved", async ({ page, seed, makePerson }) => {
  const person = await makePerson({ owner: "rita" });
  const other = await makePerson({ owner: "roman", label: "Other" });
  await page.goto(`/people/${person.id}`);
  await page.getByTestId("edit-person").click();
  const dialog = page.getByRole("dialog", { name: "Edit person" });

  await dialog.getByLabel("Name").fill("   ");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText("Enter the person's name").first()).toBeVisible();

  const renamed = `${person.name} Renamed`;
  await dialog.getByLabel("Name").fill(renamed);
  await dialog.getByRole("button", { name: "Add identity" }).click();
  await dialog.getByLabel("Value 1").fill(other.email.toUpperCase());
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByTestId("new-identity")).toContainText(`already belongs to ${other.name}`);

  await dialog.getByLabel("Kind 1").selectOption("PHONE");
  const phone = `+7 912 ${String(Date.now()).slice(-3)}-${String(Date.now()).slice(-5, -3)}-${String(Date.now()).slice(-7, -5)}`;
  await dialog.getByLabel("Value 1").fill(phone);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  const digits = `+7${phone.replace(/\D/g, "").slice(1)}`;
  await expect(page.getByTestId("identities")).toContainText(digits);

  const saved = await seed.db.person.findUniqueOrThrow({ where: { id: person.id }, select: { name: true, identities: { select: { kind: true, value: true } } } });
  expect(saved.name).toBe(renamed);
  expect(saved.identities).toContainEqual({ kind: "PHONE", value: digits });
});

test("a REP sees anyone's person but no edit button on someone else's", async ({ page, makePerson }) => {
  const theirs = await makePerson({ owner: "roman" });
  await page.goto(`/people/${theirs.id}`);
  await expect(page.getByRole("heading", { level: 1, name: theirs.name })).toBeVisible();
  await expect(page.getByTestId("person-owner")).toContainText("Roman");
  await expect(page.getByTestId("edit-person")).toHaveCount(0);
});

test("a merged person's URL opens the person it was merged into", async ({ page, seed, makePerson }) => {
  const kept = await makePerson({ owner: "rita", events: 3 });
  const merged = await seed.db.person.create({ data: { name: `${kept.name} (old)`, mergedIntoId: kept.id }, select: { id: true } });
  await page.goto(`/people/${merged.id}`);
  await expect(page).toHaveURL(new RegExp(`/people/${kept.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: kept.name })).toBeVisible();
});
