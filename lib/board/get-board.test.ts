import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { closeDeal } from "@/lib/deals/close-deal";
import { compareRanks } from "@/lib/deals/rank";
import { moveDeal } from "@/lib/deals/move-deal";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, inPipeline, insertDeals, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError, expectTotalsInStep } from "@/lib/testing/db-state";
import type { BoardFilters } from "@/lib/validation/board";
import { getBoard } from "./get-board";
import { loadMoreCards } from "./load-more-cards";

const DAY = 86_400_000;
const idleFor = (i: number) => (i % 20) * DAY + (Math.floor(i / 20) % 2 === 0 || i % 20 === 0 ? 60_000 : -60_000);
let w: World;
let now: Date;

// One board for every test here (they only read): 120 bulk deals in the first stage, exactly 50
// in the second, and deals in the last two made, moved and closed through the domain functions.
beforeAll(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  now = new Date();
  const people = await Promise.all([
    createPerson({ name: "Мария Acme", temperature: "HOT" }),
    createPerson({ name: "Олег Смирнов", temperature: "WARM" }),
    createPerson({ name: "Иван Петров", temperature: "COLD" }),
    createPerson({ name: "Анна Соколова", temperature: "HOT" }),
  ]);
  const owners = [w.rep, w.otherRep, w.head];
  await insertDeals(
    inPipeline(w.pipeline, 0),
    Array.from({ length: 120 }, (_, i) => ({
      title: i % 4 === 0 ? `Acme продление ${i}` : `Сделка ${i}`,
      ownerId: owners[i % 3].id,
      currency: i % 5 === 0 ? "USD" : "RUB",
      value: ((i * 7919) % 1000) * 100 + 1,
      personId: i % 7 === 6 ? null : people[i % 4].id,
      // Idle i % 20 days, a minute more or less: the rotting filter is tested at its edge.
      lastTouchAt: new Date(now.getTime() - idleFor(i)),
    })),
  );
  await insertDeals(
    inPipeline(w.pipeline, 1),
    Array.from({ length: 50 }, (_, i) => ({ ownerId: owners[i % 2].id, personId: people[(i + 1) % 4].id, value: 1_000 * i })),
  );
  // Deals in the other pipeline must never show up.
  await insertDeals(inPipeline(w.otherPipeline, 0), [{ ownerId: w.rep.id, title: "Acme партнёрство" }]);

  const made = [];
  for (let i = 0; i < 12; i++) {
    made.push(
      await makeDeal(owners[i % 3], {
        pipelineId: w.pipeline.id,
        stageId: w.pipeline.stages[2].id,
        value: 10_000 * (i + 1),
        currency: i % 4 === 0 ? "EUR" : "RUB",
        title: i % 2 ? `Acme пилот ${i}` : `Внедрение ${i}`,
      }),
    );
  }
  for (const deal of made.slice(0, 5)) {
    await moveDeal({ actor: w.head, dealId: deal.id, toStageId: w.pipeline.stages[3].id, version: deal.version });
  }
  await closeDeal({ actor: w.head, dealId: made[5].id, version: 1, outcome: "WON" });
  await closeDeal({ actor: w.head, dealId: made[6].id, version: 1, outcome: "LOST", lossReasonId: w.reasons.price });
  // Old deals in a stage that never rots.
  await db.deal.updateMany({ where: { stageId: w.pipeline.stages[3].id }, data: { lastTouchAt: new Date(now.getTime() - 90 * DAY) } });
  await db.task.create({
    data: { dealId: made[7].id, assigneeId: w.rep.id, title: "Позвонить", dueAt: new Date(now.getTime() + DAY) },
  });
  await expectTotalsInStep();
});

interface Row {
  id: string;
  rank: string;
  stageId: string;
  ownerId: string;
  currency: string;
  value: bigint;
  title: string;
  lastTouchAt: Date;
  person: { name: string; temperature: string } | null;
}

/** The expected column, computed in plain code from every open deal (independent of columnWhere). */
async function expectedColumns(filters: BoardFilters, viewer: Actor) {
  const rows: Row[] = await db.deal.findMany({
    where: { status: "OPEN", pipelineId: w.pipeline.id },
    select: { id: true, rank: true, stageId: true, ownerId: true, currency: true, value: true, title: true, lastTouchAt: true, person: { select: { name: true, temperature: true } } },
  });
  rows.sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
  const owner = filters.owner === "me" ? viewer.id : filters.owner && filters.owner !== "all" ? filters.owner : undefined;
  return w.pipeline.stages.map((stage) => {
    const deals = rows.filter(
      (d) =>
        d.stageId === stage.id &&
        (!owner || d.ownerId === owner) &&
        (!filters.temperature || d.person?.temperature === filters.temperature) &&
        (!filters.q || d.title.includes(filters.q) || Boolean(d.person?.name.includes(filters.q))) &&
        (!filters.rotting || (stage.rottingDays !== null && now.getTime() - d.lastTouchAt.getTime() > stage.rottingDays * DAY)),
    );
    const byCurrency = new Map<string, bigint>();
    for (const d of deals) byCurrency.set(d.currency, (byCurrency.get(d.currency) ?? BigInt(0)) + d.value);
    const totals = [...byCurrency]
      .map(([currency, value]) => ({ currency, value: Number(value), weighted: Math.round((Number(value) * stage.probability) / 100) }))
      .sort((a, b) => compareRanks(a.currency, b.currency));
    return { stageId: stage.id, deals, count: deals.length, totals };
  });
}

async function expectBoardMatches(filters: BoardFilters, viewer: Actor) {
  const board = await getBoard({ actor: viewer, pipelineId: w.pipeline.id, filters, now });
  const expected = await expectedColumns(filters, viewer);
  expect(board.pipeline).toEqual({ id: w.pipeline.id, name: w.pipeline.name, currency: "RUB" });
  expect(board.columns.map((c) => c.stage.id)).toEqual(expected.map((e) => e.stageId));
  board.columns.forEach((column, i) => {
    const e = expected[i];
    expect({
      count: column.count,
      totals: [...column.totals].sort((a, b) => compareRanks(a.currency, b.currency)),
      cards: column.cards.map((c) => c.id),
      hasMore: column.hasMore,
    }).toEqual({ count: e.count, totals: e.totals, cards: e.deals.slice(0, 50).map((d) => d.id), hasMore: e.count > 50 });
  });
  return { board, expected };
}

describe("getBoard", () => {
  it("pages 50 cards per column with exact totals", async () => {
    const { board, expected } = await expectBoardMatches({}, w.rep);
    const [first, second, third, fourth] = board.columns;
    expect(first).toMatchObject({ count: 120, hasMore: true });
    expect(first.cards).toHaveLength(50);
    expect(second).toMatchObject({ count: 50, hasMore: false });
    expect(second.cards).toHaveLength(50);
    expect(third.count).toBe(5);
    expect(fourth.count).toBe(5);
    expect(new Set(fourth.totals.map((t) => t.currency))).toEqual(new Set(["RUB", "EUR"]));
    // Totals add up across currencies to the deals themselves.
    expect(first.totals.reduce((s, t) => s + t.value, 0)).toBe(expected[0].deals.reduce((s, d) => s + Number(d.value), 0));
    expect(first.totals.find((t) => t.currency === "USD")!.weighted).toBe(
      Math.round((first.totals.find((t) => t.currency === "USD")!.value * 10) / 100),
    );
  });

  it("maps cards with owner, person and next task", async () => {
    const board = await getBoard({ actor: w.head, pipelineId: w.pipeline.id, filters: {}, now });
    const card = board.columns[2].cards.find((c) => c.nextTask !== null)!;
    expect(card.nextTask).toEqual({ title: "Позвонить", dueAt: expect.any(String) });
    const bulk = board.columns[0].cards[0];
    expect(bulk).toMatchObject({ value: expect.any(Number), currency: expect.any(String), version: 1, ownerName: expect.any(String) });
    expect(typeof bulk.stageEnteredAt).toBe("string");
  });

  it.each<[string, BoardFilters, "rep" | "head" | "otherRep"]>([
    ["owner me (rep)", { owner: "me" }, "rep"],
    ["owner me (head)", { owner: "me" }, "head"],
    ["a named owner", { owner: "OTHER_REP" }, "head"],
    ["owner all", { owner: "all" }, "rep"],
    ["text", { q: "Acme" }, "rep"],
    ["text in the person's name only", { q: "Соколова" }, "rep"],
    ["temperature", { temperature: "HOT" }, "rep"],
    ["owner + text + temperature", { owner: "me", q: "Acme", temperature: "HOT" }, "otherRep"],
    ["rotting", { rotting: true }, "rep"],
    ["rotting + owner me", { rotting: true, owner: "me" }, "head"],
    ["text that matches nothing", { q: "нет такого" }, "rep"],
  ])("totals follow the %s filter", async (_, filters, who) => {
    const resolved = filters.owner === "OTHER_REP" ? { ...filters, owner: w.otherRep.id } : filters;
    await expectBoardMatches(resolved, w[who]);
  });

  it("the rotting filter returns only deals idle longer than their stage allows", async () => {
    const board = await getBoard({ actor: w.rep, pipelineId: w.pipeline.id, filters: { rotting: true }, now });
    const [first, second, , never] = board.columns;
    // Idle 8+ days: 12 of every 20; idle 7 days and a minute: 3 more; 7 days less a minute: fresh.
    expect(first.count).toBe(12 * 6 + 3);
    for (const card of first.cards) expect(now.getTime() - Date.parse(card.lastTouchAt)).toBeGreaterThan(7 * DAY);
    expect(second.count).toBe(0);
    expect(never).toMatchObject({ count: 0, cards: [], totals: [] }); // rottingDays null: never rots
  });

  it("an unknown pipeline → NOT_FOUND", async () => {
    await expectAppError(getBoard({ actor: w.rep, pipelineId: "nope", filters: {} }), "NOT_FOUND");
  });
});

describe("loadMoreCards", () => {
  it("pages the rest of a 120-card column 50 then 20, in rank order, without duplicates or gaps", async () => {
    const stageId = w.pipeline.stages[0].id;
    const board = await getBoard({ actor: w.rep, pipelineId: w.pipeline.id, filters: {}, now });
    const seen = board.columns[0].cards;
    const last = (cards: { rank: string; id: string }[]) => ({ rank: cards[cards.length - 1].rank, id: cards[cards.length - 1].id });

    const page2 = await loadMoreCards({ actor: w.rep, stageId, after: last(seen), filters: {}, now });
    expect(page2.cards).toHaveLength(50);
    expect(page2.hasMore).toBe(true);
    const page3 = await loadMoreCards({ actor: w.rep, stageId, after: last(page2.cards), filters: {}, now });
    expect(page3.cards).toHaveLength(20);
    expect(page3.hasMore).toBe(false);

    const all = [...seen, ...page2.cards, ...page3.cards].map((c) => c.id);
    const expected = (await expectedColumns({}, w.rep))[0].deals.map((d) => d.id);
    expect(all).toEqual(expected);
    expect(new Set(all).size).toBe(120);
  });

  it("pages a filtered column from any card", async () => {
    const filters: BoardFilters = { owner: "me", temperature: "HOT" };
    const expected = (await expectedColumns(filters, w.rep))[0].deals;
    expect(expected.length).toBeGreaterThan(10);
    const page = await loadMoreCards({ actor: w.rep, stageId: w.pipeline.stages[0].id, after: expected[9], filters, now });
    expect(page.cards.map((c) => c.id)).toEqual(expected.slice(10, 60).map((d) => d.id));
    expect(page.hasMore).toBe(expected.length > 60);
  });

  it("does not lose or repeat cards whose ranks are equal across a page boundary", async () => {
    const stage = inPipeline(w.otherPipeline, 1);
    // 60 cards, ten of them (45..54) sharing one rank: the keyset must fall back to the id.
    await db.deal.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        id: `tie${String(59 - i).padStart(2, "0")}`, // ids descend while ranks ascend
        title: `Tie ${i}`,
        ownerId: w.rep.id,
        pipelineId: stage.pipelineId,
        stageId: stage.id,
        rank: i < 45 ? `a${String(i).padStart(2, "0")}` : i < 55 ? "a45" : `a${i}`,
      })),
    });
    const otherBoard = await getBoard({ actor: w.rep, pipelineId: w.otherPipeline.id, filters: {}, now });
    const first = otherBoard.columns[1].cards;
    expect(first).toHaveLength(50);
    const tail = await loadMoreCards({ actor: w.rep, stageId: stage.id, after: first[49], filters: {}, now });
    const ids = [...first, ...tail.cards].map((c) => c.id);
    expect(tail).toMatchObject({ hasMore: false });
    expect(new Set(ids).size).toBe(60);
    const sorted = [...first, ...tail.cards].every(
      (c, i, all) => i === 0 || compareRanks(all[i - 1].rank, c.rank) < 0 || (all[i - 1].rank === c.rank && compareRanks(all[i - 1].id, c.id) < 0),
    );
    expect(sorted).toBe(true);
    await db.deal.deleteMany({ where: { stageId: stage.id } });
  });

  it("an unknown stage → NOT_FOUND", async () => {
    await expectAppError(loadMoreCards({ actor: w.rep, stageId: "nope", after: { rank: "a0", id: "x" }, filters: {} }), "NOT_FOUND");
  });
});
