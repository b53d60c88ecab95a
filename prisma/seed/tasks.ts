// Follow-up tasks on open deals, due relative to the seeding day: mostly in the next two weeks, a few
// overdue by days (most of those on rotting deals), so a rep's first sign-in shows a believable list,
// not a wall of red. Some are already done, which counts as a touch of the deal.
import type { SeededDeal } from "./deals";
import { addDays, between, chance, float, maxDate, newId, pick, weighted } from "./random";
import type { SeedData } from "./types";
import type { UserIds } from "./users";

const TITLES: Record<string, string[]> = {
  lead: ["Qualify the lead: call within a day", "Check company size and current CRM"],
  qualified: ["Schedule the discovery call", "Find out who decides on the budget"],
  discovery: ["Send the follow-up after the discovery call", "Prepare the demo for their use case"],
  demo: ["Send case studies from their industry", "Follow up after the demo"],
  proposal: ["Call back about the proposal", "Answer the security questionnaire"],
  negotiation: ["Agree the discount with Hector", "Send the contract redlines"],
  contract: ["Chase the signed contract", "Issue the first invoice"],
  visited: ["Send a welcome offer", "Check where the visitor came from"],
  returned: ["Send a reminder with the viewed items"],
  cart: ["Call about the abandoned cart", "Send the cart reminder with a promo code"],
  checkout: ["Help finish the checkout", "Offer another payment method"],
  payment: ["Check the payment status", "Call: payment is pending"],
  confirmed: ["Confirm the delivery address", "Book the courier slot"],
  delivery: ["Ask for a review after delivery"],
};

export function addDealTasks(data: SeedData, s: SeededDeal, users: UserIds, now: Date): void {
  const { deal, plan, person } = s;
  if (deal.status !== "OPEN") return;
  const count = weighted([[0, 25], [1, 60], [2, 15]]);
  const key = plan.pipeline.stageKeys[plan.pipeline.stages.findIndex((st) => st.id === deal.stageId)];
  for (let i = 0; i < count; i++) {
    const title = pick(TITLES[key]);
    const createdById = title.includes("Hector") || chance(0.1) ? users.head : deal.ownerId;
    let createdAt: Date;
    let dueAt: Date;
    let doneAt: Date | null = null;
    if (chance(0.2)) {
      createdAt = between(deal.stageEnteredAt, s.touchUntil);
      doneAt = between(createdAt, s.touchUntil);
      dueAt = addDays(doneAt, float(-1, 2));
    } else {
      dueAt = addDays(now, chance(s.plan.rotting ? 0.5 : 0.1) ? -float(0.5, s.plan.rotting ? 6 : 3) : float(0.2, 14));
      if (dueAt.getTime() < deal.createdAt.getTime()) dueAt = addDays(deal.createdAt, float(0.5, 3));
      createdAt = between(maxDate(deal.createdAt, addDays(dueAt, -14)), new Date(Math.min(now.getTime(), dueAt.getTime())));
      if (createdAt.getTime() < deal.createdAt.getTime()) createdAt = deal.createdAt;
    }
    data.tasks.push({
      id: newId(),
      dealId: deal.id,
      personId: person.id,
      assigneeId: deal.ownerId,
      createdById,
      title,
      dueAt,
      doneAt,
      createdAt,
    });
  }
}
