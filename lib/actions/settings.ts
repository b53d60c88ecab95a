"use server";
// Server actions of Settings (pipelines, stages, loss reasons, users, scoring). Each is a public
// endpoint: defineAction checks the session and parses the input; every lib function checks
// settings.manage itself (ADMIN only), so a HEAD or REP gets a clear FORBIDDEN.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "./define-action";
import { createPipeline } from "@/lib/pipelines/create-pipeline";
import { renamePipeline } from "@/lib/pipelines/rename-pipeline";
import { reorderPipelines } from "@/lib/pipelines/reorder-pipelines";
import { archivePipeline } from "@/lib/pipelines/archive-pipeline";
import { addStage } from "@/lib/pipelines/add-stage";
import { updateStage } from "@/lib/pipelines/update-stage";
import { reorderStages } from "@/lib/pipelines/reorder-stages";
import { deleteStage } from "@/lib/pipelines/delete-stage";
import { createLossReason } from "@/lib/loss-reasons/create-loss-reason";
import { renameLossReason } from "@/lib/loss-reasons/rename-loss-reason";
import { setLossReasonActive } from "@/lib/loss-reasons/set-loss-reason-active";
import { reorderLossReasons } from "@/lib/loss-reasons/reorder-loss-reasons";
import { deleteLossReason } from "@/lib/loss-reasons/delete-loss-reason";
import { createUser } from "@/lib/users/create-user";
import { setUserRole } from "@/lib/users/set-user-role";
import { setUserActive } from "@/lib/users/set-user-active";
import { reassignOpenDeals } from "@/lib/users/reassign-open-deals";
import { saveScoringConfig } from "@/lib/scoring/save-scoring-config";
import {
  addStageSchema,
  archivePipelineSchema,
  createPipelineSchema,
  createUserSchema,
  deleteStageSchema,
  idSchema,
  lossReasonSchema,
  reassignDealsSchema,
  renameLossReasonSchema,
  renamePipelineSchema,
  reorderSchema,
  reorderStagesSchema,
  setLossReasonActiveSchema,
  setUserActiveSchema,
  setUserRoleSchema,
  updateStageSchema,
} from "@/lib/validation/settings";

/** Pipelines and stages show on the board, its switcher and the settings pages. */
function revalidatePipelines() {
  revalidatePath("/settings", "layout");
  revalidatePath("/", "layout");
}

export const createPipelineAction = defineAction(createPipelineSchema, async (input, user) => {
  const pipeline = await createPipeline({ actor: user, input });
  revalidatePipelines();
  return { id: pipeline.id };
});
export const renamePipelineAction = defineAction(renamePipelineSchema, async (input, user) => {
  await renamePipeline({ actor: user, input });
  revalidatePipelines();
  return { id: input.id };
});
export const reorderPipelinesAction = defineAction(reorderSchema, async (input, user) => {
  await reorderPipelines({ actor: user, input });
  revalidatePipelines();
  return { ok: true };
});
export const archivePipelineAction = defineAction(archivePipelineSchema, async (input, user) => {
  const result = await archivePipeline({ actor: user, input });
  revalidatePipelines();
  return result;
});

export const addStageAction = defineAction(addStageSchema, async (input, user) => {
  const stage = await addStage({ actor: user, input });
  revalidatePipelines();
  return { id: stage.id };
});
export const updateStageAction = defineAction(updateStageSchema, async (input, user) => {
  const stage = await updateStage({ actor: user, input });
  revalidatePipelines();
  return stage;
});
export const reorderStagesAction = defineAction(reorderStagesSchema, async (input, user) => {
  await reorderStages({ actor: user, input });
  revalidatePipelines();
  return { ok: true };
});
export const deleteStageAction = defineAction(deleteStageSchema, async (input, user) => {
  const result = await deleteStage({ actor: user, input });
  revalidatePipelines();
  return result;
});

export const createLossReasonAction = defineAction(lossReasonSchema, async (input, user) => {
  const reason = await createLossReason({ actor: user, input });
  revalidatePath("/settings/loss-reasons");
  return { id: reason.id };
});
export const renameLossReasonAction = defineAction(renameLossReasonSchema, async (input, user) => {
  await renameLossReason({ actor: user, input });
  revalidatePath("/settings/loss-reasons");
  return { id: input.id };
});
export const setLossReasonActiveAction = defineAction(setLossReasonActiveSchema, async (input, user) => {
  await setLossReasonActive({ actor: user, input });
  revalidatePath("/settings/loss-reasons");
  return { id: input.id };
});
export const reorderLossReasonsAction = defineAction(reorderSchema, async (input, user) => {
  await reorderLossReasons({ actor: user, input });
  revalidatePath("/settings/loss-reasons");
  return { ok: true };
});
export const deleteLossReasonAction = defineAction(idSchema, async (input, user) => {
  await deleteLossReason({ actor: user, input });
  revalidatePath("/settings/loss-reasons");
  return { id: input.id };
});

export const createUserAction = defineAction(createUserSchema, async (input, user) => {
  const created = await createUser({ actor: user, input });
  revalidatePath("/settings/users");
  return { id: created.id };
});
export const setUserRoleAction = defineAction(setUserRoleSchema, async (input, user) => {
  await setUserRole({ actor: user, input });
  revalidatePath("/settings/users");
  return { id: input.id };
});
export const setUserActiveAction = defineAction(setUserActiveSchema, async (input, user) => {
  const result = await setUserActive({ actor: user, input });
  revalidatePath("/settings/users");
  return result;
});
export const reassignOpenDealsAction = defineAction(reassignDealsSchema, async (input, user) => {
  const result = await reassignOpenDeals({ actor: user, input });
  revalidatePath("/settings/users");
  revalidatePath("/", "layout");
  return result;
});

/** The scoring form sends the whole configuration; lib/scoring validates it. */
export const saveScoringAction = defineAction(z.object({ config: z.unknown() }), async (input, user) => {
  const result = await saveScoringConfig({ actor: user, input: input.config as Parameters<typeof saveScoringConfig>[0]["input"] });
  revalidatePath("/settings/scoring");
  return result;
});
