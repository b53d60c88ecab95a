// The README's screenshot of the board: `npx playwright test e2e/screenshots.spec.ts`.
// Runs last (file order) so the other specs' deals are already cleaned up; it also waits for
// fonts and hides the caret so repeated runs give near-identical pictures.
import path from "node:path";
import { test, expect } from "./fixtures/test";
import { openBoard } from "./fixtures/board";

test.use({ account: "head", viewport: { width: 1440, height: 900 } });

test("board screenshot for the README", async ({ page, seed }) => {
  const pipeline = await seed.pipeline(0);
  await openBoard(page, pipeline.id);
  await expect(page.getByTestId("deal-card").first()).toBeVisible();
  await expect(page.locator('[data-testid="deal-card"]', { hasText: /^E2E / })).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: path.join(__dirname, "..", "public", "screenshots", "board.png"),
    animations: "disabled",
    caret: "hide",
  });
});
