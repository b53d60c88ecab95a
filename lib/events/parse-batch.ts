// Reads a batch for the event API: the envelope must be right (or the whole request is a 400),
// then every event is checked on its own, so one bad event never sinks the good ones. Pure.
import { AppError } from "@/lib/errors/app-error";
import { MAX_EVENTS_PER_BATCH, describeIssue, ingestEventSchema, normalizeEvent, type IdentityKey } from "@/lib/validation/events";

export interface ParsedEvent {
  /** Position in the batch, for per-event answers. */
  index: number;
  clientId: string;
  type: string;
  occurredAt: Date;
  channel: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  /** JSON text. */
  properties: string;
  identities: IdentityKey[];
  traits: { name: string | null; company: string | null } | null;
  /** When the request carrying it arrived. */
  receivedAt: Date;
}

export interface RejectedEvent {
  index: number;
  clientId: string | null;
  error: string;
}

export interface ParsedBatch {
  events: ParsedEvent[];
  rejected: RejectedEvent[];
  /** Events whose id already appeared earlier in the same batch. */
  duplicatesInBatch: number;
}

const EARLIEST = Date.UTC(2000, 0, 1);
const FUTURE_SLACK_MS = 24 * 3_600_000;
const ENVELOPE_HINT = 'The body must be a JSON object like {"events": [{"id": "…", "type": "page_view", "occurredAt": "…", "identities": {"anonymousId": "…"}}]}.';

/** The events array of a request body, or a 400 that says what is wrong with the request. */
export function readEnvelope(body: unknown): unknown[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new AppError("VALIDATION", ENVELOPE_HINT);
  const events = (body as { events?: unknown }).events;
  if (!Array.isArray(events)) throw new AppError("VALIDATION", `"events" must be an array. ${ENVELOPE_HINT}`);
  if (events.length === 0) throw new AppError("VALIDATION", '"events" is empty: send 1 to 1000 events per batch.');
  if (events.length > MAX_EVENTS_PER_BATCH) {
    throw new AppError("VALIDATION", `A batch holds at most ${MAX_EVENTS_PER_BATCH} events; this one has ${events.length}. Split it into smaller batches.`);
  }
  return events;
}

function clientIdOf(item: unknown): string | null {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.trim() !== "" ? id.trim().slice(0, 128) : null;
}

function safeClientId(item: unknown): string | null {
  try {
    return clientIdOf(item);
  } catch {
    return null;
  }
}

/** One event, stored form or why not. */
function checkEvent(item: unknown, index: number, now: Date, latest: number): ParsedEvent | RejectedEvent {
  const parsed = ingestEventSchema.safeParse(item);
  if (!parsed.success) return { index, clientId: clientIdOf(item), error: describeIssue(parsed.error) };
  const e = normalizeEvent(parsed.data);
  if ("error" in e) return { index, clientId: clientIdOf(item), error: e.error };
  const at = e.occurredAt.getTime();
  // Written so that NaN fails both checks too.
  if (!(at >= EARLIEST)) return { index, clientId: e.id, error: "occurredAt is before the year 2000; send the time the event happened" };
  if (!(at <= latest)) return { index, clientId: e.id, error: "occurredAt is more than a day in the future; check the sender's clock" };
  return {
    index,
    clientId: e.id,
    type: e.type,
    occurredAt: e.occurredAt,
    channel: e.channel,
    utmSource: e.utm.source,
    utmMedium: e.utm.medium,
    utmCampaign: e.utm.campaign,
    properties: e.properties,
    identities: e.identities,
    traits: e.traits,
    receivedAt: now,
  };
}

/** Checks every event; `now` bounds occurredAt (nothing before 2000 or more than a day ahead). */
export function parseEvents(items: unknown[], now: Date): ParsedBatch {
  const events: ParsedEvent[] = [];
  const rejected: RejectedEvent[] = [];
  const seen = new Set<string>();
  let duplicatesInBatch = 0;
  const latest = now.getTime() + FUTURE_SLACK_MS;

  items.forEach((item, index) => {
    let checked: ParsedEvent | RejectedEvent;
    try {
      checked = checkEvent(item, index, now, latest);
    } catch {
      // Whatever one event makes throw is that event's problem, never its batch's.
      checked = { index, clientId: safeClientId(item), error: "this event could not be read; check that it is plain JSON of the documented shape" };
    }
    if ("error" in checked) return void rejected.push(checked);
    if (seen.has(checked.clientId)) {
      duplicatesInBatch += 1;
      return;
    }
    seen.add(checked.clientId);
    events.push(checked);
  });
  return { events, rejected, duplicatesInBatch };
}
