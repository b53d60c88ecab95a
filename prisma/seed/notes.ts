// Notes on the random deals: context and motivation early, objections around the proposal,
// call summaries with their tone, the odd general note. Objections match how the deal ended.
import type { NoteKind } from "../../lib/generated/prisma/enums";
import type { SeededDeal } from "./deals";
import type { LossReasonIds, LossReasonKey } from "./loss-reasons";
import { type ObjectionTopic, type Tone, noteText } from "./note-texts";
import { HOUR, addMs, between, chance, float, newId, pick, weighted } from "./random";
import type { SeedData } from "./types";
import { KNOWN_SOURCES } from "../../lib/sources/known-sources";

// Notes name the source as people say it ("Came via Referral"), never as its code.
const SOURCE_NAMES = new Map(KNOWN_SOURCES.map((s) => [s.code, s.labelEn]));

const OBJECTION_FOR_LOSS: Partial<Record<LossReasonKey, ObjectionTopic>> = {
  price: "price",
  competitor: "competitor",
  budget: "price",
  timing: "timing",
  checkout: "payment",
};

function toneFor(status: string): Tone {
  if (status === "WON") return weighted<Tone>([["positive", 60], ["neutral", 35], ["negative", 5]]);
  if (status === "LOST") return weighted<Tone>([["positive", 15], ["neutral", 40], ["negative", 45]]);
  return weighted<Tone>([["positive", 40], ["neutral", 45], ["negative", 15]]);
}

export function addDealNotes(data: SeedData, s: SeededDeal, lossReasons: LossReasonIds): void {
  const { deal, plan, person, history } = s;
  const b2b = plan.pipeline.key === "b2b";
  const end = s.touchUntil;
  const fill = { company: person.company, item: s.item.name, source: deal.source ? (SOURCE_NAMES.get(deal.source) ?? deal.source) : null };
  const lossKey = (Object.keys(lossReasons) as LossReasonKey[]).find((k) => lossReasons[k] === deal.lossReasonId);
  const reached = (key: string) => {
    const i = plan.pipeline.stageKeys.indexOf(key);
    return history.find((e) => e.step?.kind === "move" && e.step.to === i)?.at ?? null;
  };
  const note = (kind: NoteKind, body: string, at: Date, extra: { tone?: Tone; resolved?: boolean } = {}) => {
    const createdAt = at.getTime() > end.getTime() ? end : at;
    data.notes.push({
      id: newId(),
      personId: person.id,
      dealId: chance(0.88) ? deal.id : null,
      authorId: deal.ownerId,
      kind,
      tone: extra.tone ?? null,
      body,
      resolved: extra.resolved ?? false,
      createdAt,
    });
  };
  const soonAfter = (at: Date, hours: number) => addMs(at, float(0.1, hours) * HOUR);

  if (!b2b) {
    if (chance(0.25)) note("CONTEXT", noteText.context(false, fill), between(deal.createdAt, end));
    const cart = reached("cart");
    if (cart && chance(0.25)) {
      const tone = toneFor(deal.status);
      note("CALL", noteText.call(false, tone), soonAfter(cart, 30), { tone });
    }
    if (cart && chance(0.15)) {
      const topic: ObjectionTopic = lossKey === "checkout" ? "payment" : pick(["delivery", "payment"] as const);
      note("OBJECTION", noteText.objection(topic, fill), soonAfter(cart, 24), { resolved: deal.status === "WON" });
    }
    return;
  }

  if (chance(0.4)) note("CONTEXT", noteText.context(true, fill), soonAfter(deal.createdAt, 4));
  const discovery = reached("discovery");
  if (discovery && chance(0.7)) note("MOTIVATION", noteText.motivation(fill), soonAfter(discovery, 2));
  for (const key of ["qualified", "discovery", "demo", "negotiation"]) {
    const t = reached(key);
    if (t && chance(0.25)) {
      const tone = toneFor(deal.status);
      note("CALL", noteText.call(true, tone), soonAfter(t, 1), { tone });
    }
  }
  const proposal = reached("proposal") ?? reached("demo");
  const lossTopic = deal.status === "LOST" && lossKey ? OBJECTION_FOR_LOSS[lossKey] : undefined;
  if (proposal && (lossTopic || chance(0.5))) {
    const topic = lossTopic ?? pick(["price", "integration", "cases", "security", "competitor"] as const);
    const answered = deal.status === "WON" || (deal.status === "OPEN" && chance(0.4)) || (!lossTopic && chance(0.3));
    note("OBJECTION", noteText.objection(topic, fill), soonAfter(proposal, 48), { resolved: answered });
  }
  if (chance(0.2)) note("GENERAL", noteText.general(fill), between(deal.createdAt, end));
}
