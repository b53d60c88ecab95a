// Turns the planned deals into people and Deal rows: an owner per person, a company for B2B
// contacts, a realistic amount per pipeline (a few in USD), and the transition history.
import { B2B_OFFERINGS, PRODUCTS, type Offering, makeCompanyPicker, roundPrice } from "./catalog";
import type { DealPlan } from "./deal-plans";
import { type HistoryEntry, type Step, applyHistory } from "./journey";
import type { LossReasonIds } from "./loss-reasons";
import type { PeopleBuilder } from "./people";
import { DAY, addDays, chance, float, newId, pick, weighted } from "./random";
import type { DealRow, PersonRow, SeedData } from "./types";
import type { UserIds } from "./users";

export interface SeededDeal {
  deal: DealRow;
  plan: DealPlan;
  person: PersonRow;
  history: HistoryEntry[];
  item: Offering;
  qty: number;
  /** The last moment this deal may be touched by generated events, notes and done tasks. */
  touchUntil: Date;
}

const USD_RATE = 92;

function amount(plan: DealPlan, item: Offering, qty: number): { value: bigint; currency: string } {
  const rub = float(item.min, item.max) * qty;
  const usd = chance(0.06);
  if (plan.pipeline.key === "b2b") {
    if (usd) return { value: BigInt(Math.max(5, Math.round(rub / USD_RATE / 100)) * 100 * 100), currency: "USD" };
    return { value: BigInt(Math.round(rub / (rub >= 100_000 ? 5_000 : 1_000)) * (rub >= 100_000 ? 5_000 : 1_000) * 100), currency: "RUB" };
  }
  if (usd) return { value: BigInt(Math.max(10, Math.round(rub / USD_RATE)) * 100 - 1), currency: "USD" };
  return { value: BigInt(roundPrice(rub) * 100), currency: plan.pipeline.currency };
}

export function buildDeals(options: {
  data: SeedData;
  people: PeopleBuilder;
  groups: DealPlan[][];
  users: UserIds;
  lossReasons: LossReasonIds;
  now: Date;
}): SeededDeal[] {
  const { data, people, groups, users, lossReasons, now } = options;
  const nextCompany = makeCompanyPicker();
  const seeded: SeededDeal[] = [];
  for (const group of groups) {
    const first = group[0];
    const b2b = first.pipeline.key === "b2b";
    const ownerId = weighted([[users.rita, 45], [users.roman, 40], [users.head, 15]]);
    const person = people.add({
      segment: b2b ? "b2b" : "shop",
      company: b2b ? nextCompany() : null,
      ownerId,
      firstTouchChannel: first.source,
      createdAt: first.firstTouchAt,
    });
    for (const plan of group) {
      const item = pick(b2b ? B2B_OFFERINGS : PRODUCTS);
      const qty = b2b ? 1 : weighted([[1, 80], [2, 15], [3, 5]]);
      const { value, currency } = amount(plan, item, qty);
      const deal: DealRow = {
        id: newId(),
        title: b2b ? `${person.company} — ${item.name}` : `${item.name}${qty > 1 ? ` ×${qty}` : ""} · ${person.name}`,
        value,
        currency,
        expectedCloseAt: null,
        status: "OPEN",
        ownerId,
        personId: person.id,
        pipelineId: plan.pipeline.id,
        stageId: plan.pipeline.stages[0].id,
        rank: "a0",
        lossReasonId: null,
        lossNote: null,
        source: plan.source,
        stageEnteredAt: plan.createdAt,
        lastTouchAt: plan.createdAt,
        closedAt: null,
        version: 1,
        createdAt: plan.createdAt,
        updatedAt: plan.createdAt,
      };
      const byUser = (step: Step | null): string | null => {
        if (step && step.kind !== "move") return ownerId;
        if (!b2b && chance(step ? 0.35 : 0.6)) return null; // moved by the shop's event ingest
        return step && ownerId !== users.head && chance(0.1) ? users.head : ownerId;
      };
      const history = applyHistory({ data, deal, pipeline: plan.pipeline, steps: plan.steps, times: plan.times, lossReasons, byUser });
      deal.expectedCloseAt = expectedClose(deal, b2b, now);
      data.deals.push(deal);
      seeded.push({ deal, plan, person, history, item, qty, touchUntil: plan.touchUntil });
    }
  }
  return seeded;
}

function expectedClose(deal: DealRow, b2b: boolean, now: Date): Date | null {
  if (deal.status !== "OPEN") {
    if (!b2b && chance(0.5)) return null;
    return addDays(deal.closedAt!, b2b ? float(-15, 20) : float(-2, 3));
  }
  if (!b2b) return chance(0.3) ? null : addDays(deal.createdAt, float(2, 10));
  if (chance(0.1)) return addDays(now, -float(1, 15)); // the rep's date has already slipped
  return new Date(Math.round((deal.stageEnteredAt.getTime() + float(10, 60) * DAY) / DAY) * DAY);
}
