import "server-only";
// A won or lost deal leaves no live work behind: its open tasks close with it, so a rep's overdue
// badge and "My tasks" count only work that still matters. They are marked closedWithDeal (shown as
// such, not as someone's done work) and are no touch: the close itself already is one.
import type { Tx } from "@/lib/db-client";

/** Closes the deal's open tasks at `at`, in the deal's close transaction; returns how many. */
export async function closeDealTasks(tx: Tx, options: { dealId: string; at: Date }): Promise<number> {
  const { count } = await tx.task.updateMany({
    where: { dealId: options.dealId, doneAt: null },
    data: { doneAt: options.at, closedWithDeal: true },
  });
  return count;
}
