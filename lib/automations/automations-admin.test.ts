// Editing automations: references checked, the webhook secret kept across edits and never in
// the audit log, the run log and the touched-vs-untouched win rates on the automation's page.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { moveDeal } from "@/lib/deals/move-deal";
import { closeDeal } from "@/lib/deals/close-deal";
import { runSchedulerTick } from "@/lib/scheduler/run-tick";
import { saveAutomation } from "./save-automation";
import { setAutomationActive } from "./set-automation-active";
import { deleteAutomation } from "./delete-automation";
import { listAutomations } from "./list-automations";
import { getAutomation } from "./get-automation";
import { getConversionStats } from "./conversion-stats";

let w: World;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("saving", () => {
  it("accepts the demo seed's stored shape", async () => {
    const { id } = await saveAutomation({
      actor: w.admin,
      input: { name: "Left the cart → task", active: false, trigger: { kind: "event", eventType: "cart_abandoned" }, actions: [{ kind: "create_task", title: "Call about the abandoned cart", dueInDays: 1 }] },
    });
    const [listed] = await listAutomations({ actor: w.admin });
    expect(listed).toMatchObject({ id, active: false, trigger: { kind: "event", eventType: "cart_abandoned" }, runs: { total: 0 } });
    expect(listed.actions).toEqual([{ kind: "create_task", title: "Call about the abandoned cart", dueInDays: 1, delayMinutes: 0, onlyIfNoTouch: false }]);
  });

  it("rejects stages, reasons and users that do not exist", async () => {
    const base = { name: "X", actions: [{ kind: "create_task" as const, title: "T" }] };
    await expectAppError(saveAutomation({ actor: w.admin, input: { ...base, trigger: { kind: "stage_entered", stageId: "nope" } } }), "VALIDATION");
    await expectAppError(saveAutomation({ actor: w.admin, input: { ...base, trigger: { kind: "deal_lost", lossReasonId: "nope" } } }), "VALIDATION");
    await expectAppError(
      saveAutomation({ actor: w.admin, input: { name: "X", trigger: { kind: "became_hot" }, actions: [{ kind: "change_owner", ownerId: "nope" }] } }),
      "VALIDATION",
    );
    await expectAppError(saveAutomation({ actor: w.admin, input: { name: "X", trigger: { kind: "became_hot" }, actions: [] } }), "VALIDATION");
    expect(await db.automation.count()).toBe(0);
  });

  it("keeps the webhook secret across edits and keeps it out of the audit log", async () => {
    const input = { name: "Hook", trigger: { kind: "became_hot" as const }, actions: [{ kind: "webhook" as const, url: "https://hooks.example.com/voronka" }] };
    const { id } = await saveAutomation({ actor: w.admin, input });
    const secret = (JSON.parse((await db.automation.findUniqueOrThrow({ where: { id } })).actions) as { secret: string }[])[0].secret;
    expect(secret).toMatch(/^whsec_/);
    await saveAutomation({ actor: w.admin, id, input: { ...input, name: "Hook v2" } });
    const after = JSON.parse((await db.automation.findUniqueOrThrow({ where: { id } })).actions) as { secret: string }[];
    expect(after[0].secret).toBe(secret);
    const logs = await db.auditLog.findMany({ where: { entityId: id } });
    expect(logs.map((l) => l.action).sort()).toEqual(["automation.create", "automation.update"]);
    for (const log of logs) expect(log.data).not.toContain(secret);
  });

  it("switches on and off and deletes with its runs, auditing each", async () => {
    const { id } = await saveAutomation({ actor: w.admin, input: { name: "T", trigger: { kind: "became_hot" }, actions: [{ kind: "notify_head", title: "Hot" }] } });
    await setAutomationActive({ actor: w.admin, input: { id, active: false } });
    expect((await db.automation.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    await db.automationRun.create({ data: { automationId: id, status: "DONE", dueAt: new Date(), dedupeKey: "k" } });
    expect(await deleteAutomation({ actor: w.admin, input: { id } })).toEqual({ id, runs: 1 });
    expect(await db.automationRun.count()).toBe(0);
    expect((await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual([
      "automation.create",
      "automation.deactivate",
      "automation.delete",
    ]);
  });
});

describe("the automation's page", () => {
  it("shows the run log and the win rate of touched vs untouched deals over the same period", async () => {
    const meeting = w.pipeline.stages[1].id;
    const { id } = await saveAutomation({ actor: w.admin, input: { name: "Meeting prep", trigger: { kind: "stage_entered", stageId: meeting }, actions: [{ kind: "create_task", title: "Prepare" }] } });
    const deals: { id: string; version: number }[] = [];
    for (let i = 0; i < 5; i++) deals.push(await makeDeal(w.rep, { pipelineId: w.pipeline.id, title: `Deal ${i}` }));
    // Deals 0–2 reach the meeting stage (touched by the rule); 3–4 never do.
    const versions = new Map(deals.map((d) => [d.id, d.version]));
    for (const d of deals.slice(0, 3)) {
      const moved = await moveDeal({ actor: w.rep, dealId: d.id, toStageId: meeting, version: d.version });
      versions.set(d.id, moved.version);
    }
    await runSchedulerTick({ db, mailer: null });
    const close = (i: number, outcome: "WON" | "LOST") =>
      closeDeal({ actor: w.rep, dealId: deals[i].id, version: versions.get(deals[i].id)!, outcome, lossReasonId: outcome === "LOST" ? w.reasons.price : null });
    await close(0, "WON");
    await close(1, "WON");
    await close(2, "LOST");
    await close(3, "LOST");
    await close(4, "WON");

    const detail = await getAutomation({ actor: w.admin, id });
    expect(detail.totalRuns).toBe(3);
    expect(detail.runs.map((r) => [r.status, r.log.map((l) => l.kind)])).toEqual([["DONE", ["create_task"]], ["DONE", ["create_task"]], ["DONE", ["create_task"]]]);
    expect(detail.runs.map((r) => r.deal?.title).sort()).toEqual(["Deal 0", "Deal 1", "Deal 2"]);

    const stats = await getConversionStats({ actor: w.admin, id });
    expect(stats.pipelineId).toBe(w.pipeline.id);
    expect(stats.touched).toEqual({ won: 2, lost: 1, rate: 2 / 3 });
    expect(stats.untouched).toEqual({ won: 1, lost: 1, rate: 0.5 });
  });
});
