// Small things users notice on the board and the task composer (issue 17).
import { test, expect } from "../fixtures/test";
import { card, column, dragWithMouse, openBoard } from "../fixtures/board";
import { uniqueTitle } from "../fixtures/seed";

test.use({ account: "rita" });

const LOCKED = "Only the owner or a head can move this deal";

test("a colleague's card shows a lock and says why when a rep tries to drag it; no text gets selected", async ({ page, seed }) => {
  const own = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("rita own") });
  const others = await seed.deal({ owner: "roman", stage: 0, title: uniqueTitle("roman's") });
  const pipeline = await seed.pipeline(0);
  const [from, to] = pipeline.stages;
  await openBoard(page, pipeline.id, "?owner=all");

  await expect(card(page, others.id).getByTestId("card-lock")).toHaveAttribute("title", LOCKED);
  await expect(card(page, own.id).getByTestId("card-lock")).toHaveCount(0);

  await dragWithMouse(page, card(page, others.id), () => column(page, to.id).getByTestId("column-cards"));
  await expect(page.getByText(LOCKED, { exact: true }).last()).toBeVisible();
  await expect(card(column(page, from.id), others.id)).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe("");

  // The keyboard gets the same answer.
  await page.reload();
  await page.getByRole("group", { name: others.title, exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(page.locator("[data-sonner-toast]").getByText(LOCKED)).toBeVisible();
});

test("the hover buttons of a card leave its footer text uncovered", async ({ page, seed }) => {
  const own = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("footer") });
  const pipeline = await seed.pipeline(0);
  await openBoard(page, pipeline.id);
  const target = card(page, own.id);
  await target.hover();
  const won = await target.getByRole("button", { name: `Mark “${own.title}” as won` }).boundingBox();
  // The footer line wraps its chips (days in stage, task date, objections) within its content box:
  // however many there are, that box must end where the buttons begin.
  const footerEnd = await target.getByText(/in stage/).locator("..").evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.right - parseFloat(getComputedStyle(el).paddingRight);
  });
  expect(won).toBeTruthy();
  expect(footerEnd).toBeLessThanOrEqual(won!.x);
});

test("the task time field shows a 12-hour time with its AM/PM in English", async ({ page, seed }) => {
  const own = await seed.deal({ owner: "rita", stage: 0, title: uniqueTitle("time field") });
  await page.goto(`/deals/${own.id}`);
  const time = page.getByTestId("task-composer").getByLabel("Time");
  await time.fill("20:00");
  await expect(time).toHaveValue("20:00");
  // The widest 12-hour text, in the field's own font, plus its padding and the clock button fits.
  const fits = await time.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el);
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = ctx.measureText("08:00 PM").width;
    const chrome = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 24;
    return { needed: Math.ceil(text + chrome), width: el.clientWidth };
  });
  expect(fits.needed).toBeLessThanOrEqual(fits.width);
});
