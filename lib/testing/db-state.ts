// Assertions about what the database holds: whole-table snapshots ("nothing was written"),
// StageTotal against the deals themselves, column order, and AppError expectations.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { compareRanks } from "@/lib/deals/rank";
import { rebuildStageVisits } from "@/lib/deals/rebuild-stage-visits";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";

/** Every row of the tables a deal write may touch, in a stable order. */
export async function snapshotTables() {
  const [deals, transitions, visits, totals, people, identities, fieldChanges, tasks] = await Promise.all([
    db.deal.findMany({ orderBy: { id: "asc" } }),
    db.stageTransition.findMany({ orderBy: { id: "asc" } }),
    storedVisits(),
    db.stageTotal.findMany({ orderBy: [{ stageId: "asc" }, { ownerId: "asc" }, { currency: "asc" }] }),
    db.person.findMany({ orderBy: { id: "asc" } }),
    db.identity.findMany({ orderBy: { id: "asc" } }),
    db.dealFieldChange.findMany({ orderBy: { id: "asc" } }),
    db.task.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { deals, transitions, visits, totals, people, identities, fieldChanges, tasks };
}

/** Every StageVisit row, by id. */
export function storedVisits() {
  return db.stageVisit.findMany({ orderBy: { id: "asc" } });
}

/** StageVisit as the writes kept it equals StageVisit rebuilt from the transitions (the stored rows are replaced by the rebuilt ones). */
export async function expectVisitsInStep(): Promise<void> {
  const incremental = await storedVisits();
  await rebuildStageVisits(db);
  expect(incremental).toEqual(await storedVisits());
}

export type TableSnapshot = Awaited<ReturnType<typeof snapshotTables>>;

export interface TotalRow {
  stageId: string;
  ownerId: string;
  currency: string;
  count: number;
  value: bigint;
}

const byKey = (a: TotalRow, b: TotalRow) =>
  compareRanks(`${a.stageId}|${a.ownerId}|${a.currency}`, `${b.stageId}|${b.ownerId}|${b.currency}`);

/** The incremental counters, without rows that dropped back to zero (a deal left and none came). */
export async function storedTotals(): Promise<TotalRow[]> {
  const rows = await db.stageTotal.findMany({ select: { stageId: true, ownerId: true, currency: true, count: true, value: true } });
  return rows.filter((r) => r.count !== 0 || r.value !== BigInt(0)).sort(byKey);
}

/** What the counters must say, computed from the open deals themselves. */
export async function expectedTotals(): Promise<TotalRow[]> {
  const groups = await db.deal.groupBy({
    by: ["stageId", "ownerId", "currency"],
    where: { status: "OPEN" },
    _count: { _all: true },
    _sum: { value: true },
  });
  return groups
    .map((g) => ({ stageId: g.stageId, ownerId: g.ownerId, currency: g.currency, count: g._count._all, value: g._sum.value ?? BigInt(0) }))
    .sort(byKey);
}

export async function expectTotalsInStep(): Promise<void> {
  expect(await storedTotals()).toEqual(await expectedTotals());
}

/** One column as the board orders it. */
export async function columnOrder(stageId: string): Promise<{ id: string; rank: string }[]> {
  return db.deal.findMany({
    where: { stageId, status: "OPEN" },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    select: { id: true, rank: true },
  });
}

export async function columnIds(stageId: string): Promise<string[]> {
  return (await columnOrder(stageId)).map((c) => c.id);
}

/** Ranks of a column are strictly increasing bytewise: no duplicates, the database order is the rank order. */
export function expectStrictlyIncreasing(ranks: string[]): void {
  for (let i = 1; i < ranks.length; i++) {
    if (compareRanks(ranks[i - 1], ranks[i]) >= 0) {
      expect.fail(`ranks not strictly increasing at ${i}: "${ranks[i - 1]}" then "${ranks[i]}"`);
    }
  }
}

export async function expectAppError(action: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  let caught: unknown = undefined;
  try {
    await action;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected an AppError ${code}`).toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect({ code: error.code, message: error.message }).toEqual({ code, message: expect.any(String) });
  return error;
}

/** The action fails with `code` and the tables a deal write touches are byte-for-byte unchanged. */
export async function expectRejectedWithoutWrites(action: () => Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  const before = await snapshotTables();
  const error = await expectAppError(action(), code);
  expect(await snapshotTables()).toEqual(before);
  return error;
}
