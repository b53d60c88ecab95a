// Card moves through the app's moveDeal: even iterations move a card to another column between
// two real neighbours, odd ones reorder it within its column. Choosing the card and reading its
// version happen outside the timed section.
import { db } from "../lib/db";
import { moveDeal, type MovedDeal } from "../lib/deals/move-deal";
import { measure, type Summary } from "./measure";
import { BENCH_SEED, STAGES, createRandom } from "./bench-fixture";
import { assertBench, type BenchContext } from "./bench-context";

interface PlannedMove {
  dealId: string;
  version: number;
  toStageId: string;
  previous: { id: string; rank: string };
  next: { id: string; rank: string };
  crossColumn: boolean;
}

/** The cards a user sees at the top of a column, in board order. */
function topOfColumn(stageId: string) {
  return db.deal.findMany({
    where: { stageId, status: "OPEN" },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, rank: true, version: true },
  });
}

export async function benchMoveDeal(ctx: BenchContext): Promise<Summary & { crossColumnMoves: number }> {
  const rnd = createRandom(BENCH_SEED + ctx.size + 7);
  let crossColumnMoves = 0;

  const plan = async (i: number): Promise<PlannedMove> => {
    const crossColumn = i % 2 === 0;
    for (;;) {
      const from = rnd.int(0, STAGES.length - 1);
      const to = crossColumn ? (from + rnd.int(1, STAGES.length - 1)) % STAGES.length : from;
      const source = await topOfColumn(STAGES[from].id);
      if (source.length === 0) continue;
      const deal = source[rnd.int(0, source.length - 1)];
      const target = (crossColumn ? await topOfColumn(STAGES[to].id) : source).filter((c) => c.id !== deal.id);
      if (target.length < 2) continue;
      const k = rnd.int(0, target.length - 2);
      return { dealId: deal.id, version: deal.version, toStageId: STAGES[to].id, previous: target[k], next: target[k + 1], crossColumn };
    }
  };

  const summary = await measure<PlannedMove, MovedDeal>({
    warmup: ctx.warmup,
    iterations: ctx.iterations,
    prepare: plan,
    run: (m) =>
      moveDeal({
        actor: ctx.actor,
        dealId: m.dealId,
        toStageId: m.toStageId,
        previousId: m.previous.id,
        nextId: m.next.id,
        version: m.version,
      }),
    verify: (moved, m) => {
      assertBench(moved.stageId === m.toStageId, "the deal did not land in the target column");
      assertBench(moved.version === m.version + 1, "the version did not advance by one");
      assertBench(m.previous.rank < moved.rank && moved.rank < m.next.rank, `rank ${moved.rank} is not between its neighbours`);
      if (m.crossColumn) crossColumnMoves++;
    },
  });
  return { ...summary, crossColumnMoves };
}
