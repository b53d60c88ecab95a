import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { findOrCreatePerson } from "@/lib/people/find-or-create-person";
import type { CreateDealInput } from "@/lib/validation/deals";
import { rankBetween } from "./rank";
import { lockRow } from "@/lib/db-dialect";
import { applyTotalsDelta } from "./stage-totals";
import { recordTransition } from "./record-transition";

/** Creates an open deal at the top of its stage (first stage by default), with its first transition. */
export async function createDeal(options: { actor: Actor; input: CreateDealInput }) {
  const { actor, input } = options;
  assertCan(actor, "deal.create");
  const ownerId = input.ownerId ?? actor.id;
  if (ownerId !== actor.id && !can(actor, "deal.assign")) {
    throw new AppError("FORBIDDEN", "Sales reps create deals for themselves only.");
  }

  return db.$transaction(async (tx) => {
    const pipeline = await tx.pipeline.findUnique({ where: { id: input.pipelineId }, select: { id: true, archived: true } });
    if (!pipeline || pipeline.archived) throw new AppError("NOT_FOUND", "That pipeline does not exist.");
    const stage = input.stageId
      ? await tx.stage.findUnique({ where: { id: input.stageId }, select: { id: true, pipelineId: true } })
      : await tx.stage.findFirst({ where: { pipelineId: pipeline.id }, orderBy: { position: "asc" }, select: { id: true, pipelineId: true } });
    if (!stage) throw new AppError("NOT_FOUND", "That stage does not exist.");
    if (stage.pipelineId !== pipeline.id) throw new AppError("VALIDATION", "The stage belongs to another pipeline.");
    const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { active: true } });
    if (!owner?.active) throw new AppError("VALIDATION", "The owner must be an active user.");

    let personId: string | null = null;
    if (input.personId) {
      const person = await tx.person.findUnique({ where: { id: input.personId }, select: { id: true } });
      if (!person) throw new AppError("NOT_FOUND", "That person does not exist.");
      personId = person.id;
    } else if (input.newPerson) {
      personId = (await findOrCreatePerson(tx, { ...input.newPerson, ownerId })).id;
    }

    // Creates, moves and reopens into one column take turns, so two never get the same rank.
    await lockRow(tx, "Stage", stage.id);
    const first = await tx.deal.findFirst({
      where: { stageId: stage.id, status: "OPEN" },
      orderBy: { rank: "asc" },
      select: { rank: true },
    });
    const now = new Date();
    const value = BigInt(input.value);
    const deal = await tx.deal.create({
      data: {
        title: input.title,
        value,
        currency: input.currency,
        pipelineId: pipeline.id,
        stageId: stage.id,
        ownerId,
        personId,
        rank: rankBetween(null, first?.rank ?? null),
        expectedCloseAt: input.expectedCloseAt ?? null,
        source: input.source || null,
        stageEnteredAt: now,
        lastTouchAt: now,
      },
      select: { id: true, version: true, stageId: true, rank: true },
    });
    await recordTransition(tx, { dealId: deal.id, pipelineId: pipeline.id, toStageId: stage.id, toStatus: "OPEN", at: now, byUserId: actor.id });
    await applyTotalsDelta(tx, { stageId: stage.id, ownerId, currency: input.currency, count: 1, value });
    return deal;
  });
}
