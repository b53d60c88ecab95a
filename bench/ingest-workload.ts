// The event traffic of the ingest benchmark, generated once (deterministic) before timing:
// batches of 500 events = 100 browsing sessions of 5 events from the last minutes, the way a
// collector or server-side relay batches live website traffic, with time-first event ids as
// public/track.js makes them. Visitors come back (a pool of 20,000), a quarter of them
// identify with an email once, and about 1 % of identifications link a second device to an
// email another visitor already owns, so the batch path sees new people, known people and merges.
import { createRandom, type Random } from "./bench-fixture";

export const BATCH_SIZE = 500;
const SESSIONS_PER_BATCH = 100;
const VISITORS = 20_000;

const TYPES: [string, number][] = [["cart_add", 30], ["email_open", 25], ["form_submit", 10], ["order", 10], ["message", 10], ["call", 5], ["email_click", 10]];
const CHANNELS: [string, number][] = [["ads", 35], ["organic", 25], ["direct", 15], ["email", 15], ["social", 10]];
const PAGES = ["/", "/catalog", "/catalog/sale", "/product/espresso-machine", "/product/standing-desk", "/pricing", "/delivery", "/reviews"];

interface Visitor {
  anonymousId: string;
  email: string | null;
  identified: boolean;
}

export interface EventRow {
  id: string;
  type: string;
  occurredAt: string;
  channel: string;
  utm: { source: string | null; medium: string | null; campaign: string | null };
  identities: Record<string, string>;
  properties: Record<string, unknown>;
}

const hex = (rnd: Random, length: number) => Array.from({ length }, () => "0123456789abcdef"[rnd.int(0, 15)]).join("");
const pickWeighted = (rnd: Random, items: [string, number][]) => items[rnd.weightedIndex(items.map(([, w]) => w))][0];

/** The batches (each a list of events) the HTTP client sends, in order. */
export function ingestBatches(count: number, now: number, seed = 4242): EventRow[][] {
  const rnd = createRandom(seed);
  const visitors: Visitor[] = Array.from({ length: VISITORS }, (_, i) => ({
    anonymousId: `v_${hex(rnd, 20)}`,
    email: rnd.chance(0.25) ? `visitor.${i}@example.ru` : null,
    identified: false,
  }));
  const batches: EventRow[][] = [];
  for (let b = 0; b < count; b++) {
    const events: EventRow[] = [];
    for (let s = 0; s < SESSIONS_PER_BATCH; s++) {
      const visitor = visitors[rnd.int(0, VISITORS - 1)];
      const channel = pickWeighted(rnd, CHANNELS);
      const utm = channel === "ads" ? { source: rnd.pick(["yandex", "google", "vk"]), medium: "cpc", campaign: rnd.pick(["brand", "generic", "retargeting"]) }
        : channel === "email" ? { source: "newsletter", medium: "email", campaign: "digest" } : { source: null, medium: null, campaign: null };
      // Live traffic: sessions of the last ten minutes, batch after batch moving forward in time.
      let t = now - (count - b) * 60_000 - rnd.int(0, 10 * 60_000);
      for (let e = 0; e < BATCH_SIZE / SESSIONS_PER_BATCH; e++) {
        t += rnd.int(5_000, 120_000);
        const identities: Record<string, string> = { anonymousId: visitor.anonymousId };
        const last = e === BATCH_SIZE / SESSIONS_PER_BATCH - 1;
        if (last && visitor.email && !visitor.identified) {
          identities.email = visitor.email;
          visitor.identified = true;
        } else if (last && rnd.chance(0.003)) {
          // A second device: this visitor signs in with an email another visitor already used.
          const other = visitors.find((v, i) => v.identified && i % 97 === b % 97);
          if (other?.email) identities.email = other.email;
        }
        const path = rnd.pick(PAGES);
        events.push({
          id: `e_${t.toString(36)}${hex(rnd, 12)}`,
          type: e < 3 ? "page_view" : pickWeighted(rnd, TYPES),
          occurredAt: new Date(Math.min(t, now)).toISOString(),
          channel,
          utm,
          identities,
          properties: { url: `https://shop.example.ru${path}`, title: `Shop — ${path}`, referrer: channel === "organic" ? "https://yandex.ru/" : undefined },
        });
      }
    }
    batches.push(events);
  }
  return batches;
}

/** Scoring rules of the benchmark database (the demo's, plus a channel weight). */
export const BENCH_RULES: { eventType: string; channel: string | null; points: number }[] = [
  { eventType: "page_view", channel: null, points: 1 },
  { eventType: "page_view", channel: "ads", points: 2 },
  { eventType: "cart_add", channel: null, points: 8 },
  { eventType: "order", channel: null, points: 30 },
  { eventType: "message", channel: null, points: 6 },
  { eventType: "call", channel: null, points: 10 },
  { eventType: "email_open", channel: null, points: 2 },
  { eventType: "email_click", channel: null, points: 4 },
  { eventType: "form_submit", channel: null, points: 15 },
];
