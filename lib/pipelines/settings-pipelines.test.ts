// Settings → pipelines and stages on a real database: every change audited, deleting a stage
// moves its deals (transitions recorded, totals in step), nothing is lost.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, insertDeals, makeDeal, type World } from "@/lib/testing/fixtures";
import { columnIds, expectAppError, expectTotalsInStep } from "@/lib/testing/db-state";
import { closeDeal } from "@/lib/deals/close-deal";
import { saveAutomation } from "@/lib/automations/save-automation";
import { createPipeline } from "./create-pipeline";
import { renamePipeline } from "./rename-pipeline";
import { reorderPipelines } from "./reorder-pipelines";
import { archivePipeline } from "./archive-pipeline";
import { addStage } from "./add-stage";
import { updateStage } from "./update-stage";
import { reorderStages } from "./reorder-stages";
import { deleteStage } from "./delete-stage";
import { listSettingsPipelines } from "./list-settings-pipelines";

let w: World;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

const audit = (action: string) => db.auditLog.findMany({ where: { action }, orderBy: { createdAt: "asc" } });

describe("pipelines", () => {
  it("creates one with a first stage, renames, reorders and archives it, auditing each", async () => {
    const created = await createPipeline({ actor: w.admin, input: { name: "Опт", currency: "EUR", firstStageName: "Заявка" } });
    expect(created.position).toBe(2);
    await renamePipeline({ actor: w.admin, input: { id: created.id, name: "Оптовые продажи" } });
    await reorderPipelines({ actor: w.admin, input: { ids: [created.id, w.pipeline.id, w.otherPipeline.id] } });
    await archivePipeline({ actor: w.admin, input: { id: w.otherPipeline.id, archived: true } });

    const list = await listSettingsPipelines({ actor: w.admin });
    expect(list.map((p) => [p.name, p.archived, p.stages.map((s) => s.name)])).toEqual([
      ["Оптовые продажи", false, ["Заявка"]],
      ["Продажи", false, ["Квалификация", "Встреча", "Предложение", "Переговоры"]],
      ["Партнёры", true, ["Знакомство", "Пилот"]],
    ]);
    expect(JSON.parse((await audit("pipeline.update"))[0].data)).toEqual({ before: { name: "Опт" }, after: { name: "Оптовые продажи" } });
    expect((await audit("pipeline.archive"))[0]).toMatchObject({ actorId: w.admin.id, entity: "Pipeline", entityId: w.otherPipeline.id });
    expect(await audit("pipeline.create")).toHaveLength(1);
    expect(await audit("pipeline.reorder")).toHaveLength(1);
  });

  it("refuses to archive the last active pipeline and to reorder a stale list", async () => {
    await archivePipeline({ actor: w.admin, input: { id: w.otherPipeline.id, archived: true } });
    await expectAppError(archivePipeline({ actor: w.admin, input: { id: w.pipeline.id, archived: true } }), "CONFLICT");
    await expectAppError(reorderPipelines({ actor: w.admin, input: { ids: [w.pipeline.id] } }), "CONFLICT");
  });
});

describe("stages", () => {
  it("adds, edits and reorders stages; an edit records only what changed", async () => {
    const stage = await addStage({ actor: w.admin, input: { pipelineId: w.pipeline.id, name: "Оплата", probability: 95, rottingDays: 3, color: "#10b981" } });
    expect(stage.position).toBe(4);
    await updateStage({ actor: w.admin, input: { id: stage.id, name: "Счёт выставлен", probability: 95 } });
    const ids = w.pipeline.stages.map((s) => s.id);
    await reorderStages({ actor: w.admin, input: { pipelineId: w.pipeline.id, ids: [ids[1], ids[0], stage.id, ids[2], ids[3]] } });

    const [sales] = await listSettingsPipelines({ actor: w.admin });
    expect(sales.stages.map((s) => [s.name, s.position])).toEqual([
      ["Встреча", 0],
      ["Квалификация", 1],
      ["Счёт выставлен", 2],
      ["Предложение", 3],
      ["Переговоры", 4],
    ]);
    expect(JSON.parse((await audit("stage.update"))[0].data)).toEqual({ before: { name: "Оплата" }, after: { name: "Счёт выставлен" } });
    await expectAppError(updateStage({ actor: w.admin, input: { id: stage.id, probability: 120 } }), "VALIDATION");
    await expectAppError(reorderStages({ actor: w.admin, input: { pipelineId: w.pipeline.id, ids: ids } }), "CONFLICT");
  });

  it("deletes a stage holding deals only with a target; moves them with transitions, totals in step", async () => {
    const [from, to] = [w.pipeline.stages[1], w.pipeline.stages[2]];
    const existing = await insertDeals({ id: to.id, pipelineId: w.pipeline.id }, [{ ownerId: w.rep.id }]);
    const moving = await insertDeals({ id: from.id, pipelineId: w.pipeline.id }, [
      { ownerId: w.rep.id, value: 1000 },
      { ownerId: w.otherRep.id, value: 2000, currency: "USD" },
      { ownerId: w.rep.id, value: 3000 },
    ]);
    const lost = await makeDeal(w.rep, { pipelineId: w.pipeline.id, stageId: from.id });
    await closeDeal({ actor: w.rep, dealId: lost.id, version: lost.version, outcome: "LOST", lossReasonId: w.reasons.price });

    await expectAppError(deleteStage({ actor: w.admin, input: { id: from.id } }), "VALIDATION");
    await expectAppError(deleteStage({ actor: w.admin, input: { id: from.id, moveToStageId: w.otherPipeline.stages[0].id } }), "VALIDATION");
    const result = await deleteStage({ actor: w.admin, input: { id: from.id, moveToStageId: to.id } });

    expect(result).toMatchObject({ open: 3, closed: 1 });
    expect(await db.stage.findUnique({ where: { id: from.id } })).toBeNull();
    expect(await columnIds(to.id)).toEqual([...existing, ...moving]);
    expect((await db.deal.findUniqueOrThrow({ where: { id: lost.id } })).stageId).toBe(to.id);
    const moves = await db.stageTransition.findMany({ where: { dealId: { in: moving }, toStageId: to.id } });
    expect(moves.map((m) => [m.byUserId, m.note])).toEqual(moving.map(() => [w.admin.id, "Stage “Встреча” was deleted"]));
    expect(await db.deal.count()).toBe(5);
    await expectTotalsInStep();
    const stages = await db.stage.findMany({ where: { pipelineId: w.pipeline.id }, orderBy: { position: "asc" } });
    expect(stages.map((s) => s.position)).toEqual([0, 1, 2]);
    expect(JSON.parse((await audit("stage.delete"))[0].data)).toMatchObject({ movedToStageId: to.id, movedOpenDeals: 3, movedClosedDeals: 1 });
  });

  it("keeps the last stage, and a stage an automation uses", async () => {
    await expectAppError(deleteStage({ actor: w.admin, input: { id: w.otherPipeline.stages[1].id } }).then(() => deleteStage({ actor: w.admin, input: { id: w.otherPipeline.stages[0].id } })), "CONFLICT");
    const stage = w.pipeline.stages[3];
    await saveAutomation({ actor: w.admin, input: { name: "Negotiation nudge", trigger: { kind: "idle", stageId: stage.id, days: 5 }, actions: [{ kind: "create_task", title: "Call" }] } });
    const error = await expectAppError(deleteStage({ actor: w.admin, input: { id: stage.id } }), "CONFLICT");
    expect(error.message).toContain("Negotiation nudge");
  });
});
