// Property-style: a seeded random sequence of creates, moves, edits, closes and reopens (plus
// refused ones) must keep StageTotal equal to a full recompute, StageVisit equal to a rebuild from
// the transitions (both checked after every step), every column's ranks unique and ordered, and
// the field history and close-date slips in step with the edits.
import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type TestPipeline, type World } from "@/lib/testing/fixtures";
import { expectVisitsInStep, expectStrictlyIncreasing, expectTotalsInStep, storedTotals } from "@/lib/testing/db-state";
import { createPerson } from "@/lib/testing/fixtures";
import { seededRandom, type Random } from "@/lib/testing/random";
import { compareRanks } from "./rank";
import { closeDeal } from "./close-deal";
import { editDeal, type EditDealOptions } from "./edit-deal";
import { moveDeal } from "./move-deal";
import { recomputeStageTotals } from "./recompute-stage-totals";
import { reopenDeal } from "./reopen-deal";

const SEEDS = [1, 20261123];
const OPS = 200;

let w: World;
let people: string[];

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  people = [(await createPerson({ name: "Ольга" })).id, (await createPerson({ name: "Павел" })).id];
});

interface DealRow {
  id: string;
  ownerId: string;
  stageId: string;
  pipelineId: string;
  status: "OPEN" | "WON" | "LOST";
  version: number;
  rank: string;
  personId: string | null;
}

async function allDeals(): Promise<DealRow[]> {
  return db.deal.findMany({ select: { id: true, ownerId: true, stageId: true, pipelineId: true, status: true, version: true, rank: true, personId: true } });
}

function columnOf(deals: DealRow[], stageId: string, without?: string): DealRow[] {
  return deals
    .filter((d) => d.stageId === stageId && d.status === "OPEN" && d.id !== without)
    .sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
}

/** Someone allowed to act on the deal: its owner or a manager. */
function actorFor(random: Random, deal: DealRow): Actor {
  const owner = [w.rep, w.otherRep, w.head, w.admin].find((u) => u.id === deal.ownerId)!;
  return random.pick([owner, w.head, w.admin]);
}

async function expectRefused(action: Promise<unknown>, code: string) {
  const error = await action.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

type Kind = "create" | "move" | "reorder" | "edit" | "close" | "reopen" | "refused";

/** A random edit of one to four fields (the owner only by a head or admin). */
function randomChanges(random: Random, actor: Actor): EditDealOptions["changes"] {
  const changes: EditDealOptions["changes"] = {};
  if (random.chance(0.5)) changes.value = random.int(5_000_000);
  if (random.chance(0.3)) changes.currency = random.pick(["RUB", "USD", "EUR"] as const);
  if (random.chance(0.3)) changes.source = random.pick(["ads", "referral", null]);
  if (random.chance(0.4)) changes.expectedCloseAt = random.chance(0.15) ? null : new Date(Date.UTC(2027, 0, 1 + random.int(120)));
  if (random.chance(0.2)) changes.personId = random.pick([...people, null]);
  if (random.chance(0.15)) changes.title = `Сделка ${random.int(50)}`;
  if (actor.role !== "REP" && random.chance(0.4)) changes.ownerId = random.pick([w.rep, w.otherRep, w.head]).id;
  if (Object.keys(changes).length === 0) changes.value = random.int(5_000_000);
  return changes;
}

/** One random operation; returns its kind and how many transitions it must have written. */
async function step(random: Random, pipelines: TestPipeline[]): Promise<[Kind, number]> {
  const deals = await allDeals();
  const open = deals.filter((d) => d.status === "OPEN");
  const closed = deals.filter((d) => d.status !== "OPEN");
  const roll = random.next();

  if (roll < 0.2 || open.length < 3) {
    const actor = random.pick([w.rep, w.otherRep, w.head, w.admin]);
    const ownerId = actor.role === "REP" ? actor.id : random.pick([w.rep, w.otherRep, w.head]).id;
    const pipeline = random.chance(0.8) ? pipelines[0] : pipelines[1];
    await makeDeal(actor, {
      pipelineId: pipeline.id,
      stageId: random.chance(0.3) ? null : random.pick(pipeline.stages).id,
      ownerId,
      currency: random.pick(["RUB", "RUB", "USD"] as const),
      value: random.int(5_000_000),
    });
    return ["create", 1];
  }
  if (roll < 0.55) {
    const deal = random.pick(open);
    const pipeline = pipelines.find((p) => p.id === deal.pipelineId)!;
    const toStageId = random.pick(pipeline.stages).id;
    const column = columnOf(deals, toStageId, deal.id);
    const at = random.int(column.length + 1);
    let previousId = column[at - 1]?.id ?? null;
    let nextId = column[at]?.id ?? null;
    const stale = random.chance(0.15);
    if (stale) {
      // Neighbours the client saw a while ago: from another column, closed, or unknown.
      previousId = random.chance(0.5) ? random.pick(deals).id : previousId;
      nextId = random.chance(0.5) ? "gone" : nextId;
    }
    const moved = await moveDeal({ actor: actorFor(random, deal), dealId: deal.id, toStageId, previousId, nextId, version: deal.version });
    expect(moved.version).toBe(deal.version + 1);
    if (!stale) {
      const after = columnOf(await allDeals(), toStageId).map((d) => d.id);
      const i = after.indexOf(deal.id);
      expect(i).toBe(at);
      expect(after[i - 1] ?? null).toBe(previousId);
      expect(after[i + 1] ?? null).toBe(nextId);
    }
    return toStageId === deal.stageId ? ["reorder", 0] : ["move", 1];
  }
  if (roll < 0.75) {
    // Open or closed deals alike.
    const deal = random.pick(deals);
    const actor = actorFor(random, deal);
    const historyBefore = await db.dealFieldChange.count();
    const edited = await editDeal({ actor, dealId: deal.id, version: deal.version, changes: randomChanges(random, actor) });
    expect(await db.dealFieldChange.count()).toBe(historyBefore + edited.changed);
    expect(edited.version).toBe(deal.version + (edited.changed > 0 ? 1 : 0));
    return ["edit", 0];
  }
  if (roll < 0.85) {
    const deal = random.pick(open);
    const won = random.chance(0.5);
    await closeDeal({
      actor: actorFor(random, deal),
      dealId: deal.id,
      version: deal.version,
      outcome: won ? "WON" : "LOST",
      lossReasonId: won ? null : random.pick([w.reasons.price, w.reasons.competitor]),
      lossNote: won ? null : "причина",
    });
    return ["close", 1];
  }
  if (roll < 0.93 && closed.length > 0) {
    const deal = random.pick(closed);
    await reopenDeal({ actor: actorFor(random, deal), dealId: deal.id, version: deal.version });
    return ["reopen", 1];
  }
  // Refused operations write nothing.
  const deal = random.pick(open);
  const stageId = random.pick(pipelines.find((p) => p.id === deal.pipelineId)!.stages).id;
  const intruder = deal.ownerId === w.rep.id ? w.otherRep : w.rep;
  await expectRefused(moveDeal({ actor: w.head, dealId: deal.id, toStageId: stageId, version: deal.version + 1 }), "CONFLICT");
  await expectRefused(moveDeal({ actor: intruder, dealId: deal.id, toStageId: stageId, version: deal.version }), "FORBIDDEN");
  await expectRefused(closeDeal({ actor: intruder, dealId: deal.id, version: deal.version, outcome: "WON" }), "FORBIDDEN");
  await expectRefused(reopenDeal({ actor: w.head, dealId: deal.id, version: deal.version }), "CONFLICT");
  await expectRefused(editDeal({ actor: w.head, dealId: deal.id, version: deal.version + 1, changes: { value: 1 } }), "CONFLICT");
  await expectRefused(editDeal({ actor: intruder, dealId: deal.id, version: deal.version, changes: { value: 1 } }), "FORBIDDEN");
  const owner = [w.rep, w.otherRep].find((u) => u.id === deal.ownerId);
  if (owner) await expectRefused(editDeal({ actor: owner, dealId: deal.id, version: deal.version, changes: { ownerId: intruder.id } }), "FORBIDDEN");
  return ["refused", 0];
}

/** Every deal's "pushed N×" equals the pushes later in its close-date history. */
async function expectSlipsInStep() {
  const rows = await db.dealFieldChange.findMany({ where: { field: "expectedCloseAt" }, select: { dealId: true, oldValue: true, newValue: true } });
  const pushes = new Map<string, number>();
  for (const r of rows) {
    if (r.oldValue && r.newValue && r.newValue > r.oldValue) pushes.set(r.dealId, (pushes.get(r.dealId) ?? 0) + 1);
  }
  const deals = await db.deal.findMany({ select: { id: true, closeDatePushes: true } });
  for (const d of deals) expect(d.closeDatePushes, d.id).toBe(pushes.get(d.id) ?? 0);
  expect([...pushes.values()].some((n) => n > 0)).toBe(true);
}

async function expectColumnsOrdered() {
  const deals = (await allDeals()).filter((d) => d.status === "OPEN");
  const stages = new Set(deals.map((d) => d.stageId));
  for (const stageId of stages) expectStrictlyIncreasing(columnOf(deals, stageId).map((d) => d.rank));
}

it.each(SEEDS)("a random sequence of %i keeps totals and ranks consistent", async (seed) => {
  const random = seededRandom(seed);
  const pipelines = [w.pipeline, w.otherPipeline];
  const kinds: Record<Kind, number> = { create: 0, move: 0, reorder: 0, edit: 0, close: 0, reopen: 0, refused: 0 };
  let transitions = await db.stageTransition.count();
  for (let i = 0; i < OPS; i++) {
    const [kind, added] = await step(random, pipelines);
    kinds[kind] += 1;
    const now = await db.stageTransition.count();
    expect(now - transitions, `transitions written by op ${i} (${kind})`).toBe(added);
    transitions = now;
    await expectTotalsInStep();
    await expectVisitsInStep();
    await expectColumnsOrdered();
  }
  // The sequence really exercised every kind of operation.
  for (const [kind, n] of Object.entries(kinds)) expect(n, kind).toBeGreaterThanOrEqual(3);
  const incremental = await storedTotals();
  await recomputeStageTotals({ db });
  expect(await storedTotals()).toEqual(incremental);
  // Every visit written along the way is what a rebuild from the transitions gives.
  expect(await db.stageVisit.count({ where: { revisited: true } })).toBeGreaterThan(0);
  await expectVisitsInStep();
  await expectSlipsInStep();
  expect(await db.deal.count()).toBeGreaterThan(20);
  expect(await db.deal.count({ where: { status: { not: "OPEN" } } })).toBeGreaterThan(0);
  // 200 steps, each checking every derived table: seconds, more on a busy machine.
}, 120_000);
