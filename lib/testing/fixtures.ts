// Builders for a small, realistic world written through Prisma into the test file's database.
// Deals go through the real createDeal (so ranks, transitions and totals are real); bulk loads
// insert rows directly and then rebuild the totals with recomputeStageTotals, as the seed does.
import { generateNKeysBetween } from "fractional-indexing";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/permissions";
import { createDeal } from "@/lib/deals/create-deal";
import { evenRanks } from "@/lib/deals/rank";
import { recomputeStageTotals } from "@/lib/deals/recompute-stage-totals";
import type { CreateDealInput } from "@/lib/validation/deals";

export interface TestUser extends Actor {
  name: string;
  email: string;
}

export interface TestStage {
  id: string;
  name: string;
  position: number;
  probability: number;
  rottingDays: number | null;
}

export interface TestPipeline {
  id: string;
  name: string;
  stages: TestStage[];
}

export interface World {
  admin: TestUser;
  head: TestUser;
  rep: TestUser;
  otherRep: TestUser;
  pipeline: TestPipeline;
  otherPipeline: TestPipeline;
  reasons: { price: string; competitor: string; retired: string };
}

let seq = 0;
const next = () => ++seq;

export async function createUser(role: Role, name = `${role.toLowerCase()} ${next()}`, active = true): Promise<TestUser> {
  const email = `${name.replace(/\W+/g, ".").toLowerCase()}.${next()}@voronka.test`;
  const user = await db.user.create({
    data: { email, name, role, active, passwordHash: "not-a-real-hash" },
    select: { id: true, role: true, name: true, email: true },
  });
  return { ...user, role: user.role as Role };
}

export async function createPipeline(options: {
  name: string;
  position?: number;
  stages: { name: string; probability: number; rottingDays?: number | null }[];
}): Promise<TestPipeline> {
  const pipeline = await db.pipeline.create({
    data: { name: options.name, position: options.position ?? 0, currency: "RUB" },
    select: { id: true, name: true },
  });
  const stages: TestStage[] = [];
  for (const [position, stage] of options.stages.entries()) {
    stages.push(
      await db.stage.create({
        data: { pipelineId: pipeline.id, name: stage.name, position, probability: stage.probability, rottingDays: stage.rottingDays ?? null },
        select: { id: true, name: true, position: true, probability: true, rottingDays: true },
      }),
    );
  }
  return { ...pipeline, stages };
}

/** Users of every role, a four-stage sales pipeline, a partner pipeline and loss reasons. */
export async function buildWorld(): Promise<World> {
  const admin = await createUser("ADMIN", "Anna Admin");
  const head = await createUser("HEAD", "Hector Head");
  const rep = await createUser("REP", "Rita Rep");
  const otherRep = await createUser("REP", "Oleg Rep");
  const pipeline = await createPipeline({
    name: "Продажи",
    position: 0,
    stages: [
      { name: "Квалификация", probability: 10, rottingDays: 7 },
      { name: "Встреча", probability: 30, rottingDays: 10 },
      { name: "Предложение", probability: 60, rottingDays: 14 },
      { name: "Переговоры", probability: 85, rottingDays: null },
    ],
  });
  const otherPipeline = await createPipeline({
    name: "Партнёры",
    position: 1,
    stages: [
      { name: "Знакомство", probability: 20, rottingDays: 30 },
      { name: "Пилот", probability: 50 },
    ],
  });
  const reason = (label: string, position: number, active = true) =>
    db.lossReason.create({ data: { label, position, active }, select: { id: true } }).then((r) => r.id);
  const reasons = {
    price: await reason("Дорого", 0),
    competitor: await reason("Выбрали конкурента", 1),
    retired: await reason("Нет бюджета (устарела)", 2, false),
  };
  return { admin, head, rep, otherRep, pipeline, otherPipeline, reasons };
}

/** A deal through the real createDeal: at the top of its stage, with its transition and totals. */
export async function makeDeal(
  actor: Actor,
  input: Partial<CreateDealInput> & { pipelineId: string },
): Promise<{ id: string; version: number; stageId: string; rank: string }> {
  return createDeal({
    actor,
    input: { title: `Сделка ${next()}`, value: 100_000, currency: "RUB", ...input },
  });
}

export interface BulkDeal {
  title?: string;
  ownerId: string;
  value?: number;
  currency?: string;
  personId?: string | null;
  lastTouchAt?: Date;
  rank?: string;
}

/**
 * Inserts deals straight into one stage (below the cards already there, in the given order), then
 * rebuilds StageTotal. Returns their ids in column order.
 */
export async function insertDeals(stage: { id: string; pipelineId: string }, deals: BulkDeal[]): Promise<string[]> {
  const last = await db.deal.findFirst({ where: { stageId: stage.id, status: "OPEN" }, orderBy: { rank: "desc" }, select: { rank: true } });
  const ranks = last ? generateNKeysBetween(last.rank, null, deals.length) : evenRanks(deals.length);
  const rows = deals.map((d, i) => ({
    id: `bulk${String(next()).padStart(6, "0")}`,
    title: d.title ?? `Сделка ${i + 1}`,
    value: BigInt(d.value ?? 50_000),
    currency: d.currency ?? "RUB",
    ownerId: d.ownerId,
    personId: d.personId ?? null,
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    rank: d.rank ?? ranks[i],
    lastTouchAt: d.lastTouchAt ?? new Date(),
  }));
  await db.deal.createMany({ data: rows });
  await recomputeStageTotals({ db });
  return rows.map((r) => r.id);
}

export async function createPerson(options: { name: string; temperature?: "COLD" | "WARM" | "HOT"; ownerId?: string }) {
  return db.person.create({
    data: { name: options.name, temperature: options.temperature ?? "COLD", ownerId: options.ownerId ?? null },
    select: { id: true, name: true, temperature: true },
  });
}

/** Where a stage's pipeline is needed next to its id. */
export function inPipeline(pipeline: TestPipeline, index: number): { id: string; pipelineId: string } {
  return { id: pipeline.stages[index].id, pipelineId: pipeline.id };
}
