// Deal edits through the app's editDeal (the inline edit on the deal page): iterations cycle
// through a new value (every third also a new currency), a later expected close date (a slip,
// with its counter) and a new owner (StageTotal moves and every visit follows). Choosing the deal
// and reading its version happen outside the timed section.
import { db } from "../lib/db";
import { editDeal, type EditDealOptions, type EditedDeal } from "../lib/deals/edit-deal";
import { measure, type Summary } from "./measure";
import { BENCH_SEED, STAGES, USERS, createRandom } from "./bench-fixture";
import { assertBench, type BenchContext } from "./bench-context";

interface PlannedEdit {
  dealId: string;
  version: number;
  changes: EditDealOptions["changes"];
  kind: "value" | "close" | "owner";
}

const DAY = 86_400_000;

export async function benchEditDeal(ctx: BenchContext): Promise<Summary & { ownerChanges: number; slips: number }> {
  const rnd = createRandom(BENCH_SEED + ctx.size + 13);
  let ownerChanges = 0;
  let slips = 0;

  const plan = async (i: number): Promise<PlannedEdit> => {
    const stage = STAGES[rnd.int(0, STAGES.length - 1)];
    const deals = await db.deal.findMany({
      where: { stageId: stage.id, status: "OPEN" },
      orderBy: [{ rank: "asc" }, { id: "asc" }],
      skip: rnd.int(0, 200),
      take: 1,
      select: { id: true, version: true, ownerId: true, currency: true, expectedCloseAt: true },
    });
    const deal = deals[0] ?? (await db.deal.findFirstOrThrow({ where: { status: "OPEN" }, select: { id: true, version: true, ownerId: true, currency: true, expectedCloseAt: true } }));
    const kind = (["value", "close", "owner"] as const)[i % 3];
    if (kind === "value") {
      const currency = i % 9 === 0 ? (deal.currency === "RUB" ? "USD" : "RUB") : undefined;
      return { dealId: deal.id, version: deal.version, kind, changes: { value: rnd.int(10_000, 50_000_000), ...(currency ? { currency } : {}) } };
    }
    if (kind === "close") {
      const from = deal.expectedCloseAt?.getTime() ?? Date.now();
      return { dealId: deal.id, version: deal.version, kind, changes: { expectedCloseAt: new Date(from + rnd.int(1, 30) * DAY) } };
    }
    const owner = USERS.filter((u) => u.id !== deal.ownerId)[rnd.int(0, USERS.length - 2)];
    return { dealId: deal.id, version: deal.version, kind, changes: { ownerId: owner.id } };
  };

  const summary = await measure<PlannedEdit, EditedDeal>({
    warmup: ctx.warmup,
    iterations: ctx.iterations,
    prepare: plan,
    run: (e) => editDeal({ actor: ctx.actor, dealId: e.dealId, version: e.version, changes: e.changes }),
    verify: (edited, e) => {
      assertBench(edited.version === e.version + 1, "the version did not advance by one");
      assertBench(edited.changed >= 1, "the edit changed nothing");
      if (e.kind === "owner") {
        assertBench(edited.ownerId === e.changes.ownerId, "the owner did not change");
        ownerChanges++;
      }
      if (e.kind === "close") slips++;
    },
  });
  return { ...summary, ownerChanges, slips };
}
