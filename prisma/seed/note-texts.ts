// What reps write down: context, motivation, objections, call summaries. `{company}`,
// `{item}`, `{n}`, `{source}` are filled in per deal. The demo company works in English throughout.
import { int, pick } from "./random";

export type Tone = "positive" | "neutral" | "negative";
export type ObjectionTopic = "price" | "competitor" | "integration" | "cases" | "security" | "timing" | "delivery" | "payment";

const B2B_CONTEXT = [
  "{company}: about {n} sales reps, leads live in Excel and 1C. Came via {source}.",
  "Decision maker is the commercial director; the head of sales is our champion.",
  "They tried amoCRM two years ago and dropped it — reps never updated deals.",
  "Seasonal business: peak is October–December, they want to be live before that.",
  "Context: a sales team of {n}, two branches, deals tracked in spreadsheets.",
  "Found us through a webinar on funnel architecture; asked for the recording.",
  "Procurement needs three quotes for anything above 500k.",
];
const SHOP_CONTEXT = [
  "Asked in chat whether the {item} fits a small kitchen.",
  "Buying as a gift — needs delivery before the 20th.",
  "Returning customer: previous order went smoothly, prefers courier delivery.",
  "Sat with the {item} in the cart for two weeks, comparing models. Don't push a generic promo.",
  "Asked about installments and delivery to a pickup point.",
];
const MOTIVATION = [
  "Wants to see where deals leak between marketing and sales; CAC doubled this year.",
  "Main pain: no one knows which channel brings paying clients, only which brings leads.",
  "Needs a forecast the CEO trusts — today it's gut feeling in a spreadsheet.",
  "Reps lose context between calls; they want the whole customer journey on one screen.",
  "They want the customer's path from the first click to payment, not just a list of leads.",
  "New head of sales wants a clean pipeline and loss reasons before planning next year.",
];
const OBJECTIONS: Record<ObjectionTopic, string[]> = {
  price: ["Too expensive compared to what they pay for amoCRM now.", "Price per seat is fine, but implementation cost scares the CFO.", "Too expensive: asking for 20% off for paying annually."],
  competitor: ["Bitrix24 offered the first year free; they're tempted.", "Their integrator pushes a competitor's product."],
  integration: ["Worried about the 1C integration: who maintains it after launch?", "Need telephony call recordings attached to deals — is it possible?"],
  cases: ["No case studies from their industry — asked for proof it works for {company}-like teams.", "Want references from a client of similar size."],
  security: ["IT requires data to stay in Russia and asks for an on-prem option.", "Security questionnaire: 40 questions, SSO required."],
  timing: ["Not before the end of the quarter — the team is busy with the season.", "Want to wait until the new head of sales starts."],
  delivery: ["Delivery in 5 days is too slow; a competitor ships tomorrow.", "Delivery cost almost equals the discount."],
  payment: ["Wants to pay on delivery; doesn't trust prepayment.", "Asked for installments — we only have card and SBP."],
};
const CALLS: Record<Tone, string[]> = {
  positive: [
    "Great call: they agreed with the rollout plan and asked for the contract draft.",
    "Warm and open; shared their funnel numbers and asked what we'd change first.",
    "Great call: pilot agreed, waiting for the invoice.",
  ],
  neutral: [
    "Walked through the proposal; they'll discuss internally and come back next week.",
    "Short call — confirmed the demo time, nothing new.",
    "Answered questions on import from Excel; no decision yet.",
  ],
  negative: [
    "Tense call: they feel we oversold the analytics. Need a follow-up with real numbers.",
    "Hard to reach the decision maker; assistant keeps moving the call.",
    "Tough call: they compare us with a competitor on price alone.",
  ],
};
const SHOP_CALLS: Record<Tone, string[]> = {
  positive: ["Called about the cart: they only wanted to check the warranty. Will order tonight."],
  neutral: ["Called about the abandoned cart — still comparing models, will decide this week."],
  negative: ["Called about the cart; annoyed by the call, asked us not to call again."],
};
const GENERAL = [
  "Sent the logistics case study and the security whitepaper.",
  "Moved the demo to Thursday at their request.",
  "Introduced our implementation lead; next step is a scoping session.",
  "Sent the proposal as a PDF and a link to the demo sandbox.",
  "Added their finance director to the thread.",
];

export interface Fill {
  company?: string | null;
  item?: string;
  source?: string | null;
}

function fill(text: string, f: Fill): string {
  return text
    .replace(/\{company\}/g, f.company ?? "the client")
    .replace(/\{item\}/g, (f.item ?? "item").toLowerCase())
    .replace(/\{source\}/g, f.source ?? "a referral")
    .replace(/\{n\}/g, String(int(6, 60)));
}

export const noteText = {
  context: (b2b: boolean, f: Fill) => fill(pick(b2b ? B2B_CONTEXT : SHOP_CONTEXT), f),
  motivation: (f: Fill) => fill(pick(MOTIVATION), f),
  objection: (topic: ObjectionTopic, f: Fill) => fill(pick(OBJECTIONS[topic]), f),
  call: (b2b: boolean, tone: Tone) => pick(b2b ? CALLS[tone] : SHOP_CALLS[tone]),
  general: (f: Fill) => fill(pick(GENERAL), f),
};
