// Card order: per stage, open deals get evenly spread fractional-indexing keys, newest arrival
// on top (where createDeal puts a new card); closed deals get their own keys per stage.
import { evenRanks } from "../../lib/deals/rank";
import type { DealRow } from "./types";

function assign(deals: DealRow[], newestFirst: (d: DealRow) => number): void {
  const byStage = new Map<string, DealRow[]>();
  for (const d of deals) {
    const list = byStage.get(d.stageId) ?? [];
    list.push(d);
    byStage.set(d.stageId, list);
  }
  for (const list of byStage.values()) {
    list.sort((a, b) => newestFirst(b) - newestFirst(a) || (a.id < b.id ? -1 : 1));
    const keys = evenRanks(list.length);
    list.forEach((d, i) => (d.rank = keys[i]));
  }
}

export function assignRanks(deals: DealRow[]): void {
  assign(deals.filter((d) => d.status === "OPEN"), (d) => d.stageEnteredAt.getTime());
  assign(deals.filter((d) => d.status !== "OPEN"), (d) => (d.closedAt ?? d.updatedAt).getTime());
}
