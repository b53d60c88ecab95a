import { test, expect } from "../fixtures/test";
import { column, columnCount, openBoard } from "../fixtures/board";
import { uniqueTitle } from "../fixtures/seed";

test.use({ account: "rita" });

test("a deal added with a new person appears at the top of the first column", async ({ page, seed }) => {
  const pipeline = await seed.pipeline(0);
  const first = pipeline.stages[0];
  const title = uniqueTitle("added");
  const stamp = Date.now().toString(36);
  const person = { name: `E2E Person ${stamp}`, email: `e2e.${stamp}@example.com`, company: "E2E Testing LLC" };
  await openBoard(page, pipeline.id);
  const count = await columnCount(page, first.id);

  await page.getByRole("button", { name: "Deal", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "New deal" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Person").fill(person.name);
  await dialog.getByLabel("Email").fill(person.email);
  await dialog.getByLabel("Company").fill(person.company);
  await dialog.getByLabel("Value").fill("250 000");
  await expect(dialog.getByLabel("Stage")).toHaveValue(first.id);
  await dialog.getByRole("button", { name: "Add deal" }).click();

  await expect(dialog).toBeHidden();
  const created = await seed.adoptDealByTitle(title);
  const cards = column(page, first.id).getByTestId("deal-card");
  await expect(cards.first()).toHaveAttribute("data-deal-id", created.id);
  await expect(cards.first()).toContainText(title);
  await expect(cards.first()).toContainText(`${person.name} · ${person.company}`);
  await expect(cards.first()).toContainText("₽250,000");
  await expect(column(page, first.id).getByTestId("column-count")).toHaveText(String(count + 1));

  const saved = await seed.db.deal.findUniqueOrThrow({
    where: { id: created.id },
    select: { stageId: true, status: true, value: true, owner: { select: { email: true } }, person: { select: { name: true, identities: true } } },
  });
  expect(saved).toMatchObject({ stageId: first.id, status: "OPEN", value: BigInt(25_000_000), owner: { email: "rita@voronka.dev" } });
  expect(saved.person?.name).toBe(person.name);
  expect(saved.person?.identities.map((i) => [i.kind, i.value])).toEqual([["EMAIL", person.email]]);

  await page.reload();
  await expect(column(page, first.id).getByTestId("deal-card").first()).toHaveAttribute("data-deal-id", created.id);
  await expect(column(page, first.id).getByTestId("column-count")).toHaveText(String(count + 1));
});
