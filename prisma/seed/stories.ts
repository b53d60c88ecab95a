// Hand-written people whose timelines tell the product's stories (see the articles in
// /work/shared/seeds): search for these names in the demo to walk through them.
import { b2bStories } from "./stories-b2b";
import { shopStories } from "./stories-shop";
import type { StoryContext } from "./story-kit";

export const DEMO_STORIES = [
  { person: "Maxim Orlov", story: "Ad click → return visit → cart → left → reminder email → order (won)" },
  { person: "Viktoria Lebedeva", story: "Premium buyer: weeks with a cart, ignored a promo, a personal message closed it (won)" },
  { person: "Artem Volkov", story: "Multichannel: VK video, search ad, Telegram question, cart left yesterday (open, hot)" },
  { person: "Sergey Belov", story: "Lost at checkout: the form asked to register (lost: checkout problem)" },
  { person: "Elena Sokolova", story: "Discovery motivation, price objection, tense call, lost to a competitor" },
  { person: "Dmitry Kuznetsov", story: "Lost on timing, came back and reopened, now in negotiation" },
  { person: "Olga Petrova", story: "Stuck at the proposal without industry cases: rotting, overdue task" },
  { person: "Irina Morozova", story: "Referral, skipped the demo, won by the head of sales" },
] as const;

export function addStories(ctx: StoryContext): void {
  shopStories(ctx);
  b2bStories(ctx);
}
