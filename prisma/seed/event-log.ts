// Appends Event rows with stable external ids ("seed-<n>") and UTM attribution per channel.
import { HOUR, addMs, float, newId, pick } from "./random";
import type { EventRow, SeedData } from "./types";

export interface Attribution {
  channel: string | null;
  utmSource?: string | null;
  utmMedium?: string | null;
  utmCampaign?: string | null;
}

/** How a visit from each acquisition channel is tagged. */
export function attribution(source: string): Attribution {
  switch (source) {
    case "ads":
      return { channel: "ads", utmSource: pick(["yandex", "yandex", "google", "vk"]), utmMedium: "cpc", utmCampaign: pick(["brand-search", "generic-search", "lookalike", "retargeting"]) };
    case "organic":
      return { channel: "organic", utmSource: pick(["yandex", "google"]), utmMedium: "organic" };
    case "referral":
      return { channel: "referral", utmSource: pick(["vc.ru", "habr.com", "client-recommendation", "t.me"]), utmMedium: "referral" };
    case "email":
      return { channel: "email", utmSource: "newsletter", utmMedium: "email", utmCampaign: pick(["digest-weekly", "case-study", "webinar-invite", "seasonal-sale"]) };
    case "social":
      return { channel: "social", utmSource: pick(["vk", "telegram", "dzen"]), utmMedium: "social" };
    case "partner":
      return { channel: "partner", utmSource: pick(["integrator-alfa", "marketplace-ozon", "reseller-sigma"]), utmMedium: "partner" };
    default:
      return { channel: "direct" };
  }
}

export class EventLog {
  private n = 0;

  constructor(
    private data: SeedData,
    private now: Date,
  ) {}

  /** Adds one event unless it would be in the future; returns its time (or null when skipped). */
  add(personId: string, type: string, at: Date, attr: Attribution, properties: Record<string, unknown> = {}): Date | null {
    if (at.getTime() > this.now.getTime()) return null;
    this.n += 1;
    const row: EventRow = {
      id: newId(),
      externalId: `seed-${this.n}`,
      personId,
      type,
      channel: attr.channel,
      utmSource: attr.utmSource ?? null,
      utmMedium: attr.utmMedium ?? null,
      utmCampaign: attr.utmCampaign ?? null,
      occurredAt: at,
      properties: JSON.stringify(properties),
      receivedAt: new Date(Math.min(this.now.getTime(), at.getTime() + Math.round(float(0.2, 4) * 1000))),
    };
    this.data.events.push(row);
    return at;
  }

  /** A page view, optionally a few minutes after `at` so a session reads naturally. */
  view(personId: string, at: Date, attr: Attribution, url: string, extra: Record<string, unknown> = {}): Date | null {
    return this.add(personId, "page_view", at, attr, { url, ...extra });
  }

  /** A short browsing session: `pages` views a minute or few apart, starting at `at`. */
  session(personId: string, at: Date, attr: Attribution, pages: string[]): void {
    let t = at;
    for (const url of pages) {
      this.view(personId, t, attr, url);
      t = addMs(t, float(0.3, 4) * (HOUR / 60));
    }
  }
}
