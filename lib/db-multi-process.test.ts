// Two processes writing one database at the same moment, as the app and a command run beside it
// (or, on PostgreSQL, two app instances) do: this test file's process and a child opened the way
// the app opens its database (lib/testing/writer-process.ts). Every write must end in a success
// or a clear conflict, never a driver error; on SQLite that needs write transactions that take
// the write lock when they begin (BEGIN IMMEDIATE), or a reader that writes late fails with
// SQLITE_BUSY_SNAPSHOT.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { verifyApiKey, type VerifiedApiKey } from "@/lib/api-keys/verify-api-key";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, inPipeline, insertDeals, type World } from "@/lib/testing/fixtures";
import { columnOrder, expectStrictlyIncreasing, expectTotalsInStep } from "@/lib/testing/db-state";
import { runPlan, spawnWriter, type WriteOutcome, type WriterPlan } from "@/lib/testing/writer-plan";

let w: World;

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

/** Runs `mine` here and `theirs` in a child process, started at the same moment. */
async function race(mine: WriterPlan, theirs: WriterPlan): Promise<{ here: WriteOutcome[]; there: WriteOutcome[] }> {
  const child = await spawnWriter(theirs);
  const here: WriteOutcome[] = [];
  child.go();
  await runPlan(mine, (outcome) => here.push(outcome));
  return { here, there: await child.done };
}

const failures = (outcomes: WriteOutcome[]) => outcomes.filter((o) => !o.ok).map((o) => (o.ok ? "" : `${o.code}: ${o.message}`));

describe("two processes on one database", () => {
  it("moving the same deals: one success and one conflict per deal, never an internal error", { timeout: 120_000 }, async () => {
    const deals = await insertDeals(
      inPipeline(w.pipeline, 0),
      Array.from({ length: 30 }, (_, i) => ({ ownerId: w.rep.id, value: 1_000 * (i + 1) })),
    );
    const plan = (to: number): WriterPlan => ({
      kind: "move",
      actor: w.head,
      moves: deals.map((dealId) => ({ dealId, toStageId: w.pipeline.stages[to].id, version: 1 })),
    });

    const { here, there } = await race(plan(1), plan(2));

    const unexpected = failures([...here, ...there]).filter((f) => !f.startsWith("CONFLICT"));
    expect(unexpected, "every failed move is a conflict").toEqual([]);
    deals.forEach((_, i) => expect(Number(here[i].ok) + Number(there[i].ok), `deal ${i}: exactly one mover wins`).toBe(1));
    expect(await db.stageTransition.count()).toBe(deals.length);
    expect((await db.deal.findMany({ select: { version: true } })).every((d) => d.version === 2)).toBe(true);
    for (const stage of [1, 2]) expectStrictlyIncreasing((await columnOrder(w.pipeline.stages[stage].id)).map((c) => c.rank));
    await expectTotalsInStep();
  });

  it("ingesting overlapping batches: every batch answered, every event stored once", { timeout: 120_000 }, async () => {
    const created = await createApiKey({ actor: w.admin, name: "two processes" });
    const key: VerifiedApiKey = await verifyApiKey({ authorization: `Bearer ${created.secret}` });
    // Both send the same 12 batches (a client retrying against two processes), sharing people.
    const batches = Array.from({ length: 12 }, (_, b) =>
      Array.from({ length: 20 }, (_, i) => ({
        id: `ev-${b}-${i}`,
        type: "page_view",
        occurredAt: new Date(Date.UTC(2026, 2, 2, 10, b, i)).toISOString(),
        identities: { anonymousId: `v_${(b * 7 + i) % 15}`, ...(i % 5 === 0 ? { email: `p${i}@example.ru` } : {}) },
      })),
    );
    const plan: WriterPlan = { kind: "ingest", key, batches };

    const { here, there } = await race(plan, plan);

    expect(failures([...here, ...there]), "every batch is stored").toEqual([]);
    const accepted = [...here, ...there].reduce((sum, o) => sum + ((o.ok && (o.value as { accepted: number }).accepted) || 0), 0);
    expect(accepted).toBe(12 * 20);
    expect(await db.event.count()).toBe(12 * 20);
  });
});
