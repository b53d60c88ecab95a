import type { Db } from "@/lib/db-client";

/**
 * Rebuilds StageTotal from the deals themselves. Used after bulk loads (seed, benchmark) and as
 * the reference the tests compare the incremental totals with.
 */
export async function recomputeStageTotals(options: { db: Db }): Promise<void> {
  const { db } = options;
  const groups = await db.deal.groupBy({
    by: ["stageId", "ownerId", "currency"],
    where: { status: "OPEN" },
    _count: { _all: true },
    _sum: { value: true },
  });
  await db.$transaction([
    db.stageTotal.deleteMany({}),
    db.stageTotal.createMany({
      data: groups.map((g) => ({
        stageId: g.stageId,
        ownerId: g.ownerId,
        currency: g.currency,
        count: g._count._all,
        value: g._sum.value ?? BigInt(0),
      })),
    }),
  ]);
}
