// Every Settings and Automations function refuses heads of sales and reps with FORBIDDEN and
// writes nothing; the same calls succeed for an admin (so the refusals are about the role).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import type { Actor } from "@/lib/auth/permissions";
import { createPipeline } from "@/lib/pipelines/create-pipeline";
import { renamePipeline } from "@/lib/pipelines/rename-pipeline";
import { reorderPipelines } from "@/lib/pipelines/reorder-pipelines";
import { archivePipeline } from "@/lib/pipelines/archive-pipeline";
import { addStage } from "@/lib/pipelines/add-stage";
import { updateStage } from "@/lib/pipelines/update-stage";
import { reorderStages } from "@/lib/pipelines/reorder-stages";
import { deleteStage } from "@/lib/pipelines/delete-stage";
import { listSettingsPipelines } from "@/lib/pipelines/list-settings-pipelines";
import { createLossReason } from "@/lib/loss-reasons/create-loss-reason";
import { renameLossReason } from "@/lib/loss-reasons/rename-loss-reason";
import { setLossReasonActive } from "@/lib/loss-reasons/set-loss-reason-active";
import { reorderLossReasons } from "@/lib/loss-reasons/reorder-loss-reasons";
import { deleteLossReason } from "@/lib/loss-reasons/delete-loss-reason";
import { listSettingsLossReasons } from "@/lib/loss-reasons/list-settings-loss-reasons";
import { createUser } from "@/lib/users/create-user";
import { setUserRole } from "@/lib/users/set-user-role";
import { setUserActive } from "@/lib/users/set-user-active";
import { reassignOpenDeals } from "@/lib/users/reassign-open-deals";
import { listSettingsUsers } from "@/lib/users/list-settings-users";
import { inviteUser } from "@/lib/accounts/invite-user";
import { sendAccountLink } from "@/lib/accounts/send-account-link";
import { setUserPassword } from "@/lib/accounts/set-user-password";
import { saveAutomation } from "@/lib/automations/save-automation";
import { setAutomationActive } from "@/lib/automations/set-automation-active";
import { deleteAutomation } from "@/lib/automations/delete-automation";
import { listAutomations } from "@/lib/automations/list-automations";
import { getAutomation } from "@/lib/automations/get-automation";
import { getConversionStats } from "@/lib/automations/conversion-stats";
import { previewAutomationReplay } from "@/lib/automations/preview-replay";
import { replayAutomation } from "@/lib/automations/replay-automation";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { listOutbox } from "@/lib/email/list-outbox";
import { saveScoringConfig } from "@/lib/scoring/save-scoring-config";
import { getScoringConfig } from "@/lib/scoring/get-scoring-config";
import { parseAuditFilter } from "@/lib/validation/settings";

let w: World;
let automationId: string;
beforeAll(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  ({ id: automationId } = await saveAutomation({ actor: w.admin, input: { name: "Rule", trigger: { kind: "became_hot" }, actions: [{ kind: "notify_head", title: "Hot" }] } }));
});

/** Each call, built for an actor: the admin's version must succeed (run last, in order). */
const calls: Record<string, (actor: Actor) => Promise<unknown>> = {
  listSettingsPipelines: (actor) => listSettingsPipelines({ actor }),
  createPipeline: (actor) => createPipeline({ actor, input: { name: "New" } }),
  renamePipeline: (actor) => renamePipeline({ actor, input: { id: w.pipeline.id, name: "Renamed" } }),
  reorderPipelines: async (actor) => reorderPipelines({ actor, input: { ids: (await db.pipeline.findMany({ orderBy: { position: "desc" } })).map((p) => p.id) } }),
  archivePipeline: (actor) => archivePipeline({ actor, input: { id: w.otherPipeline.id, archived: true } }),
  addStage: (actor) => addStage({ actor, input: { pipelineId: w.pipeline.id, name: "Extra" } }),
  updateStage: (actor) => updateStage({ actor, input: { id: w.pipeline.stages[0].id, probability: 15 } }),
  reorderStages: (actor) => reorderStages({ actor, input: { pipelineId: w.otherPipeline.id, ids: [w.otherPipeline.stages[1].id, w.otherPipeline.stages[0].id] } }),
  deleteStage: (actor) => deleteStage({ actor, input: { id: w.otherPipeline.stages[1].id } }),
  listSettingsLossReasons: (actor) => listSettingsLossReasons({ actor }),
  createLossReason: (actor) => createLossReason({ actor, input: { label: "New reason" } }),
  renameLossReason: (actor) => renameLossReason({ actor, input: { id: w.reasons.price, label: "Expensive" } }),
  setLossReasonActive: (actor) => setLossReasonActive({ actor, input: { id: w.reasons.competitor, active: false } }),
  reorderLossReasons: async (actor) => reorderLossReasons({ actor, input: { ids: (await db.lossReason.findMany({ orderBy: { position: "desc" } })).map((r) => r.id) } }),
  deleteLossReason: (actor) => deleteLossReason({ actor, input: { id: w.reasons.retired } }),
  listSettingsUsers: (actor) => listSettingsUsers({ actor }),
  createUser: (actor) => createUser({ actor, input: { name: "New", email: "new.user@voronka.test", role: "REP", password: "a-long-password" } }),
  setUserRole: (actor) => setUserRole({ actor, input: { id: w.otherRep.id, role: "HEAD" } }),
  setUserActive: (actor) => setUserActive({ actor, input: { id: w.otherRep.id, active: false } }),
  reassignOpenDeals: (actor) => reassignOpenDeals({ actor, input: { fromUserId: w.otherRep.id, toUserId: w.rep.id } }),
  inviteUser: (actor) => inviteUser({ actor, input: { name: "Invitee", email: "invitee@voronka.test", role: "REP" }, origin: "http://localhost:3000", mailer: null }),
  resendInvitation: async (actor) => {
    const invitee = await db.user.findUnique({ where: { email: "invitee@voronka.test" }, select: { id: true } });
    return sendAccountLink({ actor, kind: "INVITE", input: { id: invitee?.id ?? "missing" }, origin: "http://localhost:3000", mailer: null });
  },
  sendResetLink: (actor) => sendAccountLink({ actor, kind: "RESET", input: { id: w.rep.id }, origin: "http://localhost:3000", mailer: null }),
  setUserPassword: (actor) => setUserPassword({ actor, input: { id: w.rep.id, password: "handed-over-pass" } }),
  listAutomations: (actor) => listAutomations({ actor }),
  getAutomation: (actor) => getAutomation({ actor, id: automationId }),
  getConversionStats: (actor) => getConversionStats({ actor, id: automationId }),
  previewAutomationReplay: (actor) => previewAutomationReplay({ actor, input: { id: automationId, days: 7 } }),
  replayAutomation: (actor) => replayAutomation({ actor, input: { id: automationId, days: 7, expectedRuns: 0 } }),
  saveAutomation: (actor) => saveAutomation({ actor, input: { name: "Another", trigger: { kind: "became_hot" }, actions: [{ kind: "notify_head", title: "Hot" }] } }),
  setAutomationActive: (actor) => setAutomationActive({ actor, input: { id: automationId, active: false } }),
  listAuditLog: (actor) => listAuditLog({ actor, filter: parseAuditFilter({}) }),
  listOutbox: (actor) => listOutbox({ actor }),
  getScoringConfig: (actor) => getScoringConfig({ actor }),
  saveScoringConfig: (actor) => saveScoringConfig({ actor, input: { rules: [{ eventType: "page_view", points: 1, halfLifeDays: 14, active: true }], thresholds: { warm: 20, hot: 50 } } }),
  deleteAutomation: (actor) => deleteAutomation({ actor, input: { id: automationId } }),
};

async function snapshot() {
  const [pipelines, stages, reasons, users, automations, runs, audit, rules, settings, tokens, emails] = await Promise.all([
    db.pipeline.findMany({ orderBy: { id: "asc" } }),
    db.stage.findMany({ orderBy: { id: "asc" } }),
    db.lossReason.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.automation.findMany({ orderBy: { id: "asc" } }),
    db.automationRun.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.findMany({ orderBy: { id: "asc" } }),
    db.scoringRule.findMany({ orderBy: { id: "asc" } }),
    db.setting.findMany({ orderBy: { key: "asc" } }),
    db.accountToken.findMany({ orderBy: { id: "asc" } }),
    db.outboundEmail.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { pipelines, stages, reasons, users, automations, runs, audit, rules, settings, tokens, emails };
}

describe.each(["head", "rep"] as const)("a %s", (who) => {
  it.each(Object.keys(calls))("is refused %s, and nothing is written", async (name) => {
    const before = await snapshot();
    const error = await expectAppError(calls[name](w[who]), "FORBIDDEN");
    expect(error.message).toMatch(/may not perform settings\.manage/);
    expect(await snapshot()).toEqual(before);
  });
});

it("an admin may do each of them", async () => {
  for (const [name, call] of Object.entries(calls)) {
    await expect(call(w.admin).then(() => name), name).resolves.toBe(name);
  }
});
