// The whole micro-funnel in the browser: an admin writes "idle 3 days in a stage → task", a rep's
// deal then crosses the 3 days without a touch, the in-app scheduler (AUTOMATION_TICK_MS=1000 in
// e2e) fires, and the rep finds the task on /tasks and on the deal's card.
import { test, expect } from "../fixtures/test";
import { uniqueTitle } from "../fixtures/seed";
import { seriousViolations } from "../fixtures/axe";
import { createTestPipeline, removePipeline } from "../settings/fixtures";

test("an idle deal gets its owner a task from an automation the admin wrote", async ({ browser, seed }) => {
  const pipeline = await createTestPipeline(["Qualify", "Proposal", "Negotiation"]);
  const taskTitle = uniqueTitle("call back");
  const ruleName = uniqueTitle("idle rule");
  const admin = await browser.newContext({ storageState: await sessionFor("admin") });
  const rep = await browser.newContext({ storageState: await sessionFor("rita") });
  try {
    const index = (await seed.db.pipeline.count({ where: { archived: false } })) - 1;
    const deal = await seed.deal({ owner: "rita", pipeline: index, stage: 1, title: uniqueTitle("quiet deal") });
    const fresh = await seed.deal({ owner: "rita", pipeline: index, stage: 1 });

    // The admin writes the rule in the form.
    const page = await admin.newPage();
    await page.goto("/settings/automations/new");
    await page.getByLabel("Name", { exact: true }).fill(ruleName);
    await page.getByLabel("Trigger", { exact: true }).selectOption("idle");
    await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Proposal" });
    await page.getByLabel("Idle for, days").fill("3");
    await page.getByLabel("What step 1 does").selectOption("create_task");
    await page.getByLabel("Task", { exact: true }).fill(taskTitle);
    await page.getByLabel("Due in, days").fill("0");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("save-automation").click();
    await expect(page).toHaveURL(/\/settings\/automations\/c[\w]+$/);
    await expect(page.getByRole("heading", { level: 1, name: ruleName })).toBeVisible();
    await expect(page.getByTestId("runlog-empty")).toBeVisible();

    // Three days without a touch in a few seconds (the clock moves in the database, not in the
    // test): the deal crosses the line after the rule is on, so the rule acts on it.
    await seed.db.deal.update({ where: { id: deal.id }, data: { lastTouchAt: new Date(Date.now() - 3 * 86_400_000 + 3000) } });

    // The scheduler inside the app picks it up within a few ticks.
    await expect.poll(() => seed.db.task.findMany({ where: { title: taskTitle }, select: { dealId: true } }), { timeout: 20_000 }).toEqual([{ dealId: deal.id }]);
    expect(await seed.db.task.count({ where: { dealId: fresh.id } })).toBe(0);

    // The rep sees it on /tasks and as the card's next task.
    const repPage = await rep.newPage();
    await repPage.goto("/tasks");
    await expect(repPage.getByTestId("task").filter({ hasText: taskTitle })).toBeVisible();
    await repPage.goto(`/pipelines/${pipeline.id}`);
    await expect(repPage.locator(`[data-testid="deal-card"][data-deal-id="${deal.id}"]`).getByTestId("card-task")).toBeVisible();

    // The run log says what happened, for whom.
    await page.reload();
    await expect(page.getByTestId("run").filter({ hasText: deal.title })).toContainText("Done");
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await seed.db.automation.deleteMany({ where: { name: ruleName } });
    await removePipeline(pipeline.id);
    await admin.close();
    await rep.close();
  }

  async function sessionFor(key: "admin" | "rita") {
    const { storageStateFor } = await import("../fixtures/auth");
    const baseURL = test.info().project.use.baseURL!;
    return storageStateFor(baseURL, key);
  }
});
