// "Automations start from now" in the browser: an admin switches on an idle rule written long
// ago; the deal that was idle already gets nothing, the deal that crosses the line afterwards gets
// its task from the in-app scheduler; then "Run on past data…" shows the count for the last 7
// days, the admin confirms it, and the idle deal gets its task too, once.
import { test, expect } from "../fixtures/test";
import { uniqueTitle } from "../fixtures/seed";
import { seriousViolations } from "../fixtures/axe";
import { createTestPipeline, removePipeline } from "../settings/fixtures";

const DAY = 86_400_000;
test.use({ account: "admin" });

test("switching a rule on acts from now on; past data only through a confirmed replay", async ({ page, seed }) => {
  const pipeline = await createTestPipeline(["Qualify", "Proposal", "Negotiation"]);
  const ruleName = uniqueTitle("idle rule");
  const taskTitle = uniqueTitle("nudge");
  try {
    const index = (await seed.db.pipeline.count({ where: { archived: false } })) - 1;
    const quiet = await seed.deal({ owner: "rita", pipeline: index, stage: 1, title: uniqueTitle("quiet for days") });
    const soon = await seed.deal({ owner: "rita", pipeline: index, stage: 1, title: uniqueTitle("quiet soon") });
    const longAgo = new Date(Date.now() - 200 * DAY);
    const rule = await seed.db.automation.create({
      data: {
        name: ruleName,
        active: false,
        trigger: JSON.stringify({ kind: "idle", stageId: pipeline.stages[1].id, days: 3 }),
        actions: JSON.stringify([{ kind: "create_task", title: taskTitle, dueInDays: 0 }]),
        createdAt: longAgo,
        activeSince: longAgo,
      },
    });
    await seed.db.deal.update({ where: { id: quiet.id }, data: { lastTouchAt: new Date(Date.now() - 4 * DAY) } });

    await page.goto(`/settings/automations/${rule.id}`);
    const toggle = page.getByRole("switch", { name: `${ruleName} on` });
    await expect(page.getByText("Acts on what happens from now on", { exact: true })).toBeVisible();
    await expect(toggle).toHaveAccessibleDescription("Acts on what happens from now on");
    await expect(page.getByRole("button", { name: "Run on past data…" })).toBeDisabled();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await expect(page.getByRole("button", { name: "Run on past data…" })).toBeEnabled();
    // The rule's form below follows the switch (saving it must not switch the rule back off).
    await expect(page.getByRole("checkbox", { name: "On", exact: true })).toBeChecked();

    // Crosses the 3-day line a few seconds after the rule went on: the scheduler acts on it.
    await seed.db.deal.update({ where: { id: soon.id }, data: { lastTouchAt: new Date(Date.now() - 3 * DAY + 3000) } });
    const tasksOf = () => seed.db.task.findMany({ where: { title: taskTitle }, orderBy: { createdAt: "asc" }, select: { dealId: true } });
    await expect.poll(tasksOf, { timeout: 20_000 }).toEqual([{ dealId: soon.id }]);

    // The deal idle since before the rule went on: only through a replay of the last 7 days.
    await page.getByRole("button", { name: "Run on past data…" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByLabel("Window")).toHaveValue("7");
    await expect(dialog.getByTestId("replay-count")).toHaveText("This creates 1 run now.");
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Create 1 run" }).click();
    await expect(page.getByText("1 run created")).toBeVisible();
    await expect.poll(tasksOf, { timeout: 20_000 }).toEqual([{ dealId: soon.id }, { dealId: quiet.id }]);

    // Again: nothing left in the window.
    await page.getByRole("button", { name: "Run on past data…" }).click();
    await expect(dialog.getByTestId("replay-count")).toHaveText("Nothing to do: every fact in this window has run already.");
    await expect(dialog.getByTestId("replay-confirm")).toBeDisabled();
    const audit = await seed.db.auditLog.findMany({ where: { entityId: rule.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["automation.activate", "automation.replay"]);
  } finally {
    await seed.db.automation.deleteMany({ where: { name: ruleName } });
    await removePipeline(pipeline.id);
  }
});
