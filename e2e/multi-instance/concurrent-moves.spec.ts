// Two app instances (two `next start` processes, see playwright.config.ts) on one PostgreSQL
// database. Both move the same deals at the same moment through the REST move endpoint: for
// every pair of competing moves exactly one wins and the other gets a clean 409, nothing is lost,
// every winning move has its transition, ranks stay distinct and the column totals stay exact.
import { request, type APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { signInWithApi } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const ROUNDS = 6;
const DEALS = 6;

let instances: APIRequestContext[] = [];

test.beforeAll(async ({}, testInfo) => {
  const first = new URL(testInfo.project.use.baseURL ?? "http://127.0.0.1:3100");
  const second = new URL(first);
  second.port = String(Number(first.port) + 1);
  // The move route is cookie-authenticated: it takes requests from the app's own origin only.
  const context = (origin: string) => request.newContext({ baseURL: origin, extraHTTPHeaders: { Origin: origin } });
  instances = [await context(first.origin), await context(second.origin)];
  // A head of sales on one instance, the deals' owner on the other: both may move them.
  await signInWithApi(instances[0], "head");
  await signInWithApi(instances[1], "rita");
});

test.afterAll(async () => {
  for (const api of instances) await api.dispose();
});

test("competing moves from two instances: one wins each time, nothing lost, ranks and totals consistent", async ({ seed }) => {
  const pipeline = await seed.pipeline(0);
  const stageIds = pipeline.stages.map((s) => s.id);
  expect(stageIds.length).toBeGreaterThanOrEqual(3);
  const deals = [];
  for (let i = 0; i < DEALS; i++) deals.push(await seed.deal({ owner: "rita", stage: 0 }));
  const wins = new Map(deals.map((d) => [d.id, 0]));
  const servedBy = [0, 0];

  for (let round = 0; round < ROUNDS; round++) {
    const states = await Promise.all(deals.map((d) => seed.dealState(d.id)));
    const attempts = deals.flatMap((deal, i) => {
      const at = stageIds.indexOf(states[i].stageId);
      // Two different targets, neither the current stage, so every winning move is a stage change.
      return [0, 1].map((instance) => ({
        deal,
        instance,
        toStageId: stageIds[(at + 1 + instance) % stageIds.length],
        version: states[i].version,
      }));
    });
    const responses = await Promise.all(
      attempts.map((a) =>
        instances[a.instance].post(`/api/v1/deals/${a.deal.id}/move`, { data: { toStageId: a.toStageId, version: a.version } }),
      ),
    );
    for (const [i, deal] of deals.entries()) {
      const pair = [responses[2 * i], responses[2 * i + 1]];
      const statuses = pair.map((r) => r.status()).sort();
      expect(statuses, `round ${round}, deal ${deal.title}`).toEqual([200, 409]);
      const winner = pair.findIndex((r) => r.status() === 200);
      servedBy[winner] += 1;
      wins.set(deal.id, wins.get(deal.id)! + 1);
      const loser = (await pair[1 - winner].json()) as { error: { code: string; message: string } };
      expect(loser.error.code).toBe("CONFLICT");
      const state = await seed.dealState(deal.id);
      expect(state.stageId).toBe(attempts[2 * i + winner].toStageId);
    }
  }

  // Both instances won moves: the test really ran against two processes.
  expect(servedBy[0]).toBeGreaterThan(0);
  expect(servedBy[1]).toBeGreaterThan(0);

  for (const deal of deals) {
    const state = await seed.dealState(deal.id);
    // No lost update: one version step and one transition per winning move (plus the creation).
    expect(state.version).toBe(1 + wins.get(deal.id)!);
    expect(state.transitions).toBe(1 + wins.get(deal.id)!);
    expect(state.status).toBe("OPEN");
  }

  const db = e2eDb();
  for (const stageId of stageIds) {
    const column = await db.deal.findMany({ where: { stageId, status: "OPEN" }, orderBy: { rank: "asc" }, select: { rank: true } });
    expect(new Set(column.map((d) => d.rank)).size, "ranks in a column are distinct").toBe(column.length);
  }
  const expected = await db.deal.groupBy({
    by: ["stageId", "ownerId", "currency"],
    where: { pipelineId: pipeline.id, status: "OPEN" },
    _count: { _all: true },
    _sum: { value: true },
  });
  const stored = await db.stageTotal.findMany({ where: { stageId: { in: stageIds } } });
  for (const group of expected) {
    const row = stored.find((t) => t.stageId === group.stageId && t.ownerId === group.ownerId && t.currency === group.currency);
    expect(row?.count).toBe(group._count._all);
    expect(row?.value).toBe(group._sum.value);
  }
  for (const row of stored.filter((t) => !expected.some((g) => g.stageId === t.stageId && g.ownerId === t.ownerId && g.currency === t.currency))) {
    expect(row.count).toBe(0);
  }
});

test("many deals dropped at the bottom of one column from both instances at once get distinct ranks", async ({ seed }) => {
  const pipeline = await seed.pipeline(0);
  const target = pipeline.stages[1].id;
  const deals = [];
  for (let i = 0; i < 10; i++) deals.push(await seed.deal({ owner: "rita", stage: 0 }));
  const responses = await Promise.all(
    deals.map((deal, i) => instances[i % 2].post(`/api/v1/deals/${deal.id}/move`, { data: { toStageId: target, version: 1 } })),
  );
  expect(responses.map((r) => r.status())).toEqual(deals.map(() => 200));
  const ranks = ((await Promise.all(responses.map((r) => r.json()))) as { rank: string }[]).map((m) => m.rank);
  expect(new Set(ranks).size).toBe(deals.length);
  const column = await e2eDb().deal.findMany({ where: { stageId: target, status: "OPEN" }, select: { rank: true } });
  expect(new Set(column.map((d) => d.rank)).size).toBe(column.length);
});
