import type { Tx } from "@/lib/db-client";

export interface TotalsDelta {
  stageId: string;
  ownerId: string;
  currency: string;
  count: number; // +1 when an open deal enters, -1 when it leaves
  value: bigint;
}

/**
 * Keeps StageTotal (exact count and sum of OPEN deals per stage × owner × currency) in step.
 * Call inside the same transaction as the deal write.
 */
export async function applyTotalsDelta(tx: Tx, delta: TotalsDelta): Promise<void> {
  const { stageId, ownerId, currency } = delta;
  await tx.stageTotal.upsert({
    where: { stageId_ownerId_currency: { stageId, ownerId, currency } },
    create: { stageId, ownerId, currency, count: delta.count, value: delta.value },
    update: { count: { increment: delta.count }, value: { increment: delta.value } },
  });
}

/** A deal leaving (stage, owner, currency) and entering another: two deltas, skipped when equal. */
export async function moveTotals(
  tx: Tx,
  from: Omit<TotalsDelta, "count">,
  to: Omit<TotalsDelta, "count">,
): Promise<void> {
  const same =
    from.stageId === to.stageId &&
    from.ownerId === to.ownerId &&
    from.currency === to.currency &&
    from.value === to.value;
  if (same) return;
  await applyTotalsDelta(tx, { ...from, count: -1, value: -from.value });
  await applyTotalsDelta(tx, { ...to, count: 1 });
}
