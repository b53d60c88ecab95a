// Admin-defined loss reasons (one archived) and the notes reps typically leave with each.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { PipelineKey } from "./pipelines";
import { chance, newId, pick, weighted } from "./random";

export type LossReasonKey =
  | "price" | "competitor" | "budget" | "silent" | "fit" | "timing" | "checkout" | "badLead";

const DEFS: { key: LossReasonKey; label: string; active: boolean }[] = [
  { key: "price", label: "Too expensive", active: true },
  { key: "competitor", label: "Chose a competitor", active: true },
  { key: "budget", label: "No budget", active: true },
  { key: "silent", label: "No response / went silent", active: true },
  { key: "fit", label: "Not a fit", active: true },
  { key: "timing", label: "Timing — not now", active: true },
  { key: "checkout", label: "Checkout or payment problem", active: true },
  { key: "badLead", label: "Bad lead quality", active: false },
];

export type LossReasonIds = Record<LossReasonKey, string>;

export function buildLossReasons(): { rows: Prisma.LossReasonCreateManyInput[]; ids: LossReasonIds } {
  const rows = DEFS.map((d, position) => ({ id: newId(), label: d.label, active: d.active, position }));
  const ids = Object.fromEntries(DEFS.map((d, i) => [d.key, rows[i].id])) as LossReasonIds;
  return { rows, ids };
}

/** Only active reasons: losing a deal in the app needs an active one, so the history uses them too. */
export function pickLossReason(pipeline: PipelineKey, reachedCheckout: boolean): LossReasonKey {
  if (pipeline === "b2b") {
    return weighted<LossReasonKey>([
      ["price", 20], ["competitor", 20], ["budget", 15], ["silent", 18], ["fit", 12], ["timing", 15],
    ]);
  }
  return weighted<LossReasonKey>([
    ["price", 20], ["competitor", 8], ["silent", 30], ["checkout", reachedCheckout ? 30 : 0], ["timing", 12], ["fit", 6],
  ]);
}

type NoteBank = Partial<Record<PipelineKey, string[]>>;

const NOTES: Record<LossReasonKey, NoteBank> = {
  price: {
    b2b: [
      "Budget is capped at about 60% of our quote; asked for a discount we can't give.",
      "Compared per-seat price with a cheaper tool and stopped there.",
      "Too expensive: compared with a competitor's plan, almost twice the price.",
    ],
    shop: ["Shipping cost at checkout made the total too high.", "Found the same item cheaper on a marketplace."],
  },
  competitor: {
    b2b: [
      "Went with Bitrix24 — they already use its portal.",
      "Signed with amoCRM: cheaper per seat and their team knows it.",
      "Chose a local integrator who bundles implementation.",
    ],
    shop: ["Bought from a marketplace with next-day delivery.", "Ordered the same model from a competitor's sale."],
  },
  budget: {
    b2b: [
      "Budget for next year was cut; procurement froze new tools.",
      "No budget until the new financial year.",
      "Budget frozen until the second quarter.",
    ],
  },
  silent: {
    b2b: ["Three follow-ups, no reply since the proposal.", "Stopped answering calls after the demo.", "No contact for two weeks."],
    shop: ["Never opened the reminder emails.", "No reply to the cart reminder or the call."],
  },
  fit: {
    b2b: ["They need a service-desk tool, not a sales pipeline.", "Team of two — a spreadsheet is enough for them for now."],
    shop: ["Item doesn't fit the space; asked about a smaller model we don't stock."],
  },
  timing: {
    b2b: ["Asked to come back after the merger closes in Q3.", "Revisit in spring: they're mid-migration of their ERP."],
    shop: ["Interested, but not before the new season.", "Will buy closer to the holidays."],
  },
  checkout: {
    shop: [
      "Card declined twice at payment; didn't try another method.",
      "Checkout asked to register an account — left at that step.",
      "Wanted to pay on delivery; we only offered prepayment.",
    ],
  },
  badLead: { b2b: ["Fake contact details."] },
};

/** A rep's loss note about half the time (always when asked), worded for the pipeline. */
export function lossNoteFor(reason: LossReasonKey, pipeline: PipelineKey, always = false): string | null {
  const bank = NOTES[reason][pipeline] ?? NOTES[reason].b2b ?? NOTES[reason].shop ?? [];
  if (bank.length === 0 || !(always || chance(0.5))) return null;
  return pick(bank);
}
