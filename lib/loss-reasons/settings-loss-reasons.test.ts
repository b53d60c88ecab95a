import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { closeDeal } from "@/lib/deals/close-deal";
import { createLossReason } from "./create-loss-reason";
import { renameLossReason } from "./rename-loss-reason";
import { setLossReasonActive } from "./set-loss-reason-active";
import { reorderLossReasons } from "./reorder-loss-reasons";
import { deleteLossReason } from "./delete-loss-reason";
import { listSettingsLossReasons } from "./list-settings-loss-reasons";
import { listActiveLossReasons } from "./list-loss-reasons";

let w: World;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

it("adds, renames, reorders and archives reasons; reps see only active ones, in order", async () => {
  const late = await createLossReason({ actor: w.admin, input: { label: "Долгая доставка" } });
  await renameLossReason({ actor: w.admin, input: { id: late.id, label: "Сроки доставки" } });
  await reorderLossReasons({ actor: w.admin, input: { ids: [late.id, w.reasons.retired, w.reasons.competitor, w.reasons.price] } });
  await setLossReasonActive({ actor: w.admin, input: { id: w.reasons.competitor, active: false } });

  expect((await listActiveLossReasons({ actor: w.rep })).map((r) => r.label)).toEqual(["Сроки доставки", "Дорого"]);
  expect((await listSettingsLossReasons({ actor: w.admin })).map((r) => [r.label, r.active])).toEqual([
    ["Сроки доставки", true],
    ["Нет бюджета (устарела)", false],
    ["Выбрали конкурента", false],
    ["Дорого", true],
  ]);
  const actions = (await db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.action);
  expect(actions).toEqual(["lossReason.create", "lossReason.update", "lossReason.reorder", "lossReason.archive"]);
});

it("deletes an unused reason; a reason in use can only be archived", async () => {
  const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id });
  await closeDeal({ actor: w.rep, dealId: deal.id, version: deal.version, outcome: "LOST", lossReasonId: w.reasons.price });
  const error = await expectAppError(deleteLossReason({ actor: w.admin, input: { id: w.reasons.price } }), "CONFLICT");
  expect(error.message).toMatch(/archived/);
  await deleteLossReason({ actor: w.admin, input: { id: w.reasons.competitor } });
  expect(await db.lossReason.findUnique({ where: { id: w.reasons.competitor } })).toBeNull();
  expect(await db.lossReason.findUnique({ where: { id: w.reasons.price } })).not.toBeNull();
});

it("keeps at least one reason active", async () => {
  await setLossReasonActive({ actor: w.admin, input: { id: w.reasons.competitor, active: false } });
  await expectAppError(setLossReasonActive({ actor: w.admin, input: { id: w.reasons.price, active: false } }), "CONFLICT");
});
