import "server-only";
// The one write path of an existing deal (DESIGN: "one write path per aggregate"). Move, close,
// reopen, edit and the automation's move step all call applyDealChange inside their transaction,
// after their own permission and input checks; it writes the deal row with a version check and, in the same transaction,
// everything derived from it: the StageTransition and StageVisit rows, the StageTotal counters,
// the visits' owner and source, and the field history (DealFieldChange).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db-client";
import { lockRow } from "@/lib/db-dialect";
import { AppError } from "@/lib/errors/app-error";
import { diffDealFields, type DealFields, type FieldChange } from "./diff-deal-fields";
import { rankForSlot, type Slot } from "./rank-for-slot";
import { recordTransition, syncVisits } from "./record-transition";
import { applyTotalsDelta, moveTotals } from "./stage-totals";

type Status = "OPEN" | "WON" | "LOST";

/** The columns a deal write reads first: read them with this select inside the transaction. */
export const dealStateSelect = {
  id: true,
  version: true,
  status: true,
  pipelineId: true,
  stageId: true,
  stageEnteredAt: true,
  closeDatePushes: true,
  title: true,
  value: true,
  currency: true,
  expectedCloseAt: true,
  ownerId: true,
  personId: true,
  source: true,
} satisfies Prisma.DealSelect;

export type DealState = Prisma.DealGetPayload<{ select: typeof dealStateSelect }>;

/** The deal about to change, read in the writer's transaction; NOT_FOUND when it is gone. */
export async function readDealState(tx: Tx, dealId: string): Promise<DealState> {
  const deal = await tx.deal.findUnique({ where: { id: dealId }, select: dealStateSelect });
  if (!deal) throw new AppError("NOT_FOUND", "This deal no longer exists.");
  return deal;
}

/** The conflict a close or reopen answers with a stale version (the version it holds, when known). */
export function staleDealError(currentVersion?: number): AppError {
  return new AppError("CONFLICT", "Someone else changed this deal a moment ago. Reload and try again.", currentVersion === undefined ? undefined : { currentVersion });
}

export interface DealChange {
  /** The stage the deal is in afterwards (same pipeline); default: where it is. */
  stageId?: string;
  /** Gives the deal a new rank in its (new) column: between two cards, or at the top. */
  slot?: Slot | "top";
  /** The status afterwards; WON / LOST close the deal, OPEN reopens it. */
  status?: Status;
  lossReasonId?: string | null;
  lossNote?: string | null;
  /** Edited fields; only those that differ are written and recorded. */
  fields?: Partial<DealFields>;
  /** A change of stage or status by a person touches the deal (lastTouchAt); an automation's does not. */
  touch?: boolean;
}

export type AppliedDeal = DealState & { rank: string | null; changes: FieldChange[] };

/** Not ok: a stale version (a conflict); nothing was written. */
export type ApplyResult = { ok: true; deal: AppliedDeal } | { ok: false };

export interface ApplyDealChangeOptions {
  /** The deal as read in this transaction (dealStateSelect). */
  deal: DealState;
  /** The version the writer saw: a stale one is a conflict, never a silent overwrite. */
  version: number;
  change: DealChange;
  byUserId: string | null;
  at: Date;
}

/**
 * Writes one change of a deal and everything derived from it, or returns a conflict (stale
 * version) having written nothing. The caller throws to roll back on a conflict.
 */
export async function applyDealChange(tx: Tx, options: ApplyDealChangeOptions): Promise<ApplyResult> {
  const { deal, version, change, byUserId, at } = options;
  if (deal.version !== version) return { ok: false };

  const stageId = change.stageId ?? deal.stageId;
  const status = change.status ?? deal.status;
  const stageChanged = stageId !== deal.stageId;
  const statusChanged = status !== deal.status;
  const { data: fields, changes, slipped } = diffDealFields(deal, change.fields ?? {});

  // An edit that matches what is stored writes nothing (and keeps the version).
  if (!change.slot && !stageChanged && !statusChanged && changes.length === 0) return { ok: true, deal: { ...deal, rank: null, changes } };

  let rank: string | null = null;
  if (change.slot) {
    await lockRow(tx, "Stage", stageId);
    rank = await rankForSlot(tx, stageId, deal.id, change.slot);
  }
  const reopened = statusChanged && status === "OPEN";
  const closed = statusChanged && status !== "OPEN";
  const data: Prisma.DealUncheckedUpdateManyInput = {
    ...fields,
    version: { increment: 1 },
    ...(rank !== null ? { rank } : {}),
    ...(stageChanged ? { stageId } : {}),
    ...(stageChanged || reopened ? { stageEnteredAt: at } : {}),
    ...(statusChanged ? { status } : {}),
    ...(closed ? { closedAt: at, lossReasonId: change.lossReasonId ?? null, lossNote: change.lossNote ?? null } : {}),
    ...(reopened ? { closedAt: null, lossReasonId: null, lossNote: null } : {}),
    ...((stageChanged || statusChanged) && change.touch !== false ? { lastTouchAt: at } : {}),
    ...(slipped ? { closeDatePushes: { increment: 1 } } : {}),
  };
  const updated = await tx.deal.updateMany({ where: { id: deal.id, version }, data });
  if (updated.count !== 1) return { ok: false };

  const after: DealState = {
    ...deal,
    ...fields,
    version: version + 1,
    stageId,
    status,
    stageEnteredAt: stageChanged || reopened ? at : deal.stageEnteredAt,
    closeDatePushes: deal.closeDatePushes + (slipped ? 1 : 0),
  };
  if (stageChanged || statusChanged) {
    await recordTransition(tx, {
      dealId: deal.id,
      pipelineId: deal.pipelineId,
      fromStageId: deal.stageId,
      toStageId: stageId,
      fromStatus: deal.status,
      toStatus: status,
      at,
      byUserId,
      ...(closed ? { lossReasonId: change.lossReasonId ?? null, note: change.lossNote ?? null } : {}),
    });
  }
  await updateTotals(tx, deal, after);
  if (fields.ownerId !== undefined || fields.source !== undefined) {
    await syncVisits(tx, deal.id, { ownerId: fields.ownerId, source: fields.source });
  }
  if (changes.length > 0) {
    await tx.dealFieldChange.createMany({
      data: changes.map((c) => ({ dealId: deal.id, ...c, version: after.version, byUserId, at })),
    });
  }
  return { ok: true, deal: { ...after, rank, changes } };
}

/** StageTotal counts open deals by (stage, owner, currency): the deal leaves its old key and enters the new one. */
async function updateTotals(tx: Tx, before: DealState, after: DealState): Promise<void> {
  const key = (d: DealState) => ({ stageId: d.stageId, ownerId: d.ownerId, currency: d.currency, value: d.value });
  const wasOpen = before.status === "OPEN";
  const isOpen = after.status === "OPEN";
  if (wasOpen && isOpen) return moveTotals(tx, key(before), key(after));
  if (wasOpen) return applyTotalsDelta(tx, { ...key(before), count: -1, value: -before.value });
  if (isOpen) return applyTotalsDelta(tx, { ...key(after), count: 1 });
}
