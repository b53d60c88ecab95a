import type { Tx } from "@/lib/db-client";
import { compareRanks } from "./rank";

export interface TotalsDelta {
  stageId: string;
  ownerId: string;
  currency: string;
  count: number; // +1 when an open deal enters, -1 when it leaves
  value: bigint;
}

/**
 * Keeps StageTotal (exact count and sum of OPEN deals per stage × owner × currency) in step.
 * Call inside the same transaction as the deal write. One atomic statement that both databases
 * accept: two instances adding to the same new row both land (a read-then-insert would collide).
 */
export async function applyTotalsDelta(tx: Tx, delta: TotalsDelta): Promise<void> {
  const { stageId, ownerId, currency, count, value } = delta;
  await tx.$executeRaw`
    INSERT INTO "StageTotal" ("stageId", "ownerId", "currency", "count", "value")
    VALUES (${stageId}, ${ownerId}, ${currency}, ${count}, ${value})
    ON CONFLICT ("stageId", "ownerId", "currency") DO UPDATE SET
      "count" = "StageTotal"."count" + excluded."count",
      "value" = "StageTotal"."value" + excluded."value"`;
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
  const deltas: TotalsDelta[] = [
    { ...from, count: -1, value: -from.value },
    { ...to, count: 1 },
  ];
  // Rows are always locked in the same order, so two opposite moves cannot deadlock (PostgreSQL).
  deltas.sort((a, b) => compareRanks(totalsKey(a), totalsKey(b)));
  for (const delta of deltas) await applyTotalsDelta(tx, delta);
}

const totalsKey = (delta: TotalsDelta) => `${delta.stageId}|${delta.ownerId}|${delta.currency}`;
