import "server-only";
import type { Tx } from "@/lib/db-client";
import { AppError } from "@/lib/errors/app-error";
import type { AutomationConfig } from "@/lib/validation/automations";

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { fields: { [field]: message } });

/** The stages, loss reason and users an automation names must exist (and users be active). */
export async function checkReferences(tx: Tx, config: AutomationConfig): Promise<void> {
  const { trigger, actions } = config;
  if (trigger.kind === "stage_entered" || trigger.kind === "idle") {
    if (!(await tx.stage.findUnique({ where: { id: trigger.stageId }, select: { id: true } }))) {
      throw invalid("trigger.stageId", "Choose a stage that exists.");
    }
  }
  if (trigger.kind === "deal_lost" && trigger.lossReasonId) {
    if (!(await tx.lossReason.findUnique({ where: { id: trigger.lossReasonId }, select: { id: true } }))) {
      throw invalid("trigger.lossReasonId", "Choose a loss reason that exists.");
    }
  }
  const conditions = trigger.conditions;
  if (conditions.pipelineId && !(await tx.pipeline.findUnique({ where: { id: conditions.pipelineId }, select: { id: true } }))) {
    throw invalid("trigger.conditions.pipelineId", "Choose a pipeline that exists.");
  }
  for (const [i, action] of actions.entries()) {
    if (action.kind === "move_deal" && !(await tx.stage.findUnique({ where: { id: action.stageId }, select: { id: true } }))) {
      throw invalid(`actions.${i}.stageId`, "Choose a stage that exists.");
    }
    if (action.kind === "change_owner") {
      const user = await tx.user.findUnique({ where: { id: action.ownerId }, select: { active: true } });
      if (!user?.active) throw invalid(`actions.${i}.ownerId`, "Choose an active user.");
    }
  }
  if (conditions.ownerId && !(await tx.user.findUnique({ where: { id: conditions.ownerId }, select: { id: true } }))) {
    throw invalid("trigger.conditions.ownerId", "Choose a user who exists.");
  }
}
