import "server-only";
import { generateNKeysBetween } from "fractional-indexing";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-client";
import { lockRow } from "@/lib/db-dialect";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { applyTotalsDelta } from "@/lib/deals/stage-totals";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { deleteStageSchema } from "@/lib/validation/settings";
import type { z } from "zod";
import { recordTransition } from "@/lib/deals/record-transition";

/**
 * Deletes a stage. Its deals move to another stage of the same pipeline first, nothing is lost:
 * open deals go to the bottom of the target column (in their order) with a StageTransition each
 * and StageTotal in step; won and lost deals are re-attributed without a transition (their status
 * did not change). Past transitions keep their rows (the deleted stage's reference becomes empty).
 */
export async function deleteStage(options: { actor: Actor; input: z.input<typeof deleteStageSchema>; now?: Date }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, moveToStageId } = parseSettingsInput(deleteStageSchema, options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const stage = await tx.stage.findUnique({ where: { id }, select: { id: true, name: true, pipelineId: true, position: true } });
    if (!stage) throw new AppError("NOT_FOUND", "This stage no longer exists.");
    const siblings = await tx.stage.findMany({ where: { pipelineId: stage.pipelineId }, orderBy: { position: "asc" }, select: { id: true } });
    if (siblings.length <= 1) throw new AppError("CONFLICT", "A pipeline needs at least one stage; add another before deleting this one.");
    await assertUnusedByAutomations(tx, id);

    // Both stages locked in one order: concurrent creates/moves into either wait for this to finish.
    const targetId = moveToStageId && moveToStageId !== id ? moveToStageId : null;
    for (const lockId of [id, targetId].filter((x): x is string => Boolean(x)).sort()) await lockRow(tx, "Stage", lockId);
    const dealCount = await tx.deal.count({ where: { stageId: id } });
    if (dealCount > 0 && !targetId) {
      throw new AppError("VALIDATION", `This stage holds ${dealCount} deal(s); choose the stage they move to.`, {
        fields: { moveToStageId: "Choose where the deals go" },
      });
    }
    let moved = { open: 0, closed: 0 };
    if (targetId) {
      const target = await tx.stage.findUnique({ where: { id: targetId }, select: { pipelineId: true, name: true } });
      if (!target || target.pipelineId !== stage.pipelineId) {
        throw new AppError("VALIDATION", "Pick a stage of the same pipeline.", { fields: { moveToStageId: "Another pipeline's stage" } });
      }
      moved = await moveDeals(tx, { from: stage, toStageId: targetId, actor, now });
    }
    await tx.stage.delete({ where: { id } });
    const rest = siblings.filter((s) => s.id !== id);
    for (const [position, s] of rest.entries()) await tx.stage.updateMany({ where: { id: s.id, NOT: { position } }, data: { position } });
    await writeAuditLog(tx, {
      actor,
      action: "stage.delete",
      entity: "Stage",
      entityId: id,
      before: { name: stage.name, pipelineId: stage.pipelineId, position: stage.position },
      details: { movedToStageId: targetId, movedOpenDeals: moved.open, movedClosedDeals: moved.closed },
    });
    return { id, movedTo: targetId, ...moved };
  });
}

async function assertUnusedByAutomations(tx: Tx, stageId: string): Promise<void> {
  const users = await tx.automation.findMany({
    where: { OR: [{ trigger: { contains: stageId } }, { actions: { contains: stageId } }] },
    select: { name: true },
  });
  if (users.length > 0) {
    const names = users.map((a) => `“${a.name}”`).join(", ");
    throw new AppError("CONFLICT", `Automations use this stage: ${names}. Change or delete them first.`);
  }
}

async function moveDeals(tx: Tx, options: { from: { id: string; name: string; pipelineId: string }; toStageId: string; actor: Actor; now: Date }) {
  const { from, toStageId, actor, now } = options;
  const open = await tx.deal.findMany({
    where: { stageId: from.id, status: "OPEN" },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    select: { id: true, version: true, ownerId: true, currency: true, value: true },
  });
  if (open.length > 0) {
    const last = await tx.deal.findFirst({ where: { stageId: toStageId, status: "OPEN" }, orderBy: { rank: "desc" }, select: { rank: true } });
    const ranks = generateNKeysBetween(last?.rank ?? null, null, open.length);
    for (const [i, deal] of open.entries()) {
      const updated = await tx.deal.updateMany({
        where: { id: deal.id, version: deal.version, stageId: from.id, status: "OPEN" },
        data: { stageId: toStageId, rank: ranks[i], stageEnteredAt: now, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new AppError("CONFLICT", "A deal in this stage changed meanwhile. Try deleting the stage again.");
    }
    for (const deal of open) {
      await recordTransition(tx, {
        dealId: deal.id,
        pipelineId: from.pipelineId,
        fromStageId: from.id,
        toStageId,
        fromStatus: "OPEN",
        toStatus: "OPEN",
        at: now,
        byUserId: actor.id,
        note: `Stage “${from.name}” was deleted`,
      });
    }
    // The deleted stage's StageTotal rows go with it (ON DELETE CASCADE); the target gains the deals.
    const groups = new Map<string, { ownerId: string; currency: string; count: number; value: bigint }>();
    for (const deal of open) {
      const key = `${deal.ownerId}|${deal.currency}`;
      const group = groups.get(key) ?? { ownerId: deal.ownerId, currency: deal.currency, count: 0, value: BigInt(0) };
      group.count += 1;
      group.value += deal.value;
      groups.set(key, group);
    }
    for (const key of [...groups.keys()].sort()) await applyTotalsDelta(tx, { stageId: toStageId, ...groups.get(key)! });
  }
  const closed = await tx.deal.updateMany({ where: { stageId: from.id, status: { not: "OPEN" } }, data: { stageId: toStageId, version: { increment: 1 } } });
  return { open: open.length, closed: closed.count };
}
