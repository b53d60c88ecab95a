// Steps that change the deal: move it to another stage of its pipeline, or give it to another
// owner. Each is one version-checked deal write with its StageTransition / StageTotal changes in
// the run's transaction. Automation moves record byUserId = null (so they trigger no other rule)
// and are not a touch: lastTouchAt stays, an idle deal stays idle.
import type { Tx } from "@/lib/db-client";
import { applyDealChange } from "@/lib/deals/apply-deal-change";
import { moveTotals } from "@/lib/deals/stage-totals";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { AutomationAction } from "@/lib/validation/automations";
import type { StepOutcome } from "../finish-step";
import type { RunContext } from "../load-run-context";
import { setVisitsOwner } from "@/lib/deals/record-transition";

export async function moveDealStep(tx: Tx, ctx: RunContext, action: Extract<AutomationAction, { kind: "move_deal" }>, now: Date): Promise<StepOutcome> {
  const deal = ctx.deal;
  if (!deal) return { status: "skipped", detail: "No deal to move" };
  if (deal.status !== "OPEN") return { status: "skipped", detail: "The deal is closed" };
  if (deal.stageId === action.stageId) return { status: "done", detail: "Already in that stage" };
  const stage = await tx.stage.findUnique({ where: { id: action.stageId }, select: { pipelineId: true, name: true } });
  if (!stage) return { status: "failed", detail: "The target stage no longer exists" };
  if (stage.pipelineId !== deal.pipelineId) return { status: "skipped", detail: "The target stage is in another pipeline" };
  // The one deal write path: at the top of the new column, byUserId null, and not a touch.
  const result = await applyDealChange(tx, {
    deal,
    version: deal.version,
    change: { stageId: action.stageId, slot: "top", touch: false },
    byUserId: null,
    at: now,
  });
  if (!result.ok) return { status: "retry", detail: "The deal changed meanwhile", attempt: 1 };
  return { status: "done", detail: `Moved to “${stage.name}”` };
}

export async function changeOwnerStep(tx: Tx, ctx: RunContext, action: Extract<AutomationAction, { kind: "change_owner" }>, now: Date): Promise<StepOutcome> {
  const deal = ctx.deal;
  if (!deal) return { status: "skipped", detail: "No deal to reassign" };
  if (deal.ownerId === action.ownerId) return { status: "done", detail: "Already owned by that user" };
  const owner = await tx.user.findUnique({ where: { id: action.ownerId }, select: { active: true, name: true } });
  if (!owner?.active) return { status: "failed", detail: "The new owner is not an active user" };
  const updated = await tx.deal.updateMany({
    where: { id: deal.id, version: deal.version, ownerId: deal.ownerId, status: deal.status },
    data: { ownerId: action.ownerId, version: { increment: 1 } },
  });
  if (updated.count !== 1) return { status: "retry", detail: "The deal changed meanwhile", attempt: 1 };
  await setVisitsOwner(tx, [deal.id], action.ownerId);
  if (deal.status === "OPEN") {
    const key = { stageId: deal.stageId, currency: deal.currency, value: deal.value };
    await moveTotals(tx, { ...key, ownerId: deal.ownerId }, { ...key, ownerId: action.ownerId });
  }
  await writeAuditLog(tx, {
    actor: null,
    action: "deal.assign",
    entity: "Deal",
    entityId: deal.id,
    before: { ownerId: deal.ownerId },
    after: { ownerId: action.ownerId },
    details: { automationId: ctx.automation.id },
    at: now,
  });
  return { status: "done", detail: `Owner is now ${owner.name}` };
}
