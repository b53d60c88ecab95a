// What the event API accepts (one event of a batch), API key forms, and the scoring settings.
// Identities are normalized the way the person edit form stores them (normalize-identity.ts).
import { z } from "zod";
import { normalizeIdentity, type IdentityKindName } from "@/lib/people/normalize-identity";
import { idString, singleLine } from "./text";

export const MAX_EVENTS_PER_BATCH = 1000;
export const MAX_PROPERTIES_BYTES = 8192;
/** How deep `properties` may nest objects and arrays ({"a": 1} is 1 level, {"a": {"b": 1}} is 2). */
export const MAX_PROPERTIES_DEPTH = 32;

/** No control characters: they break logs and PostgreSQL rejects NUL in text. */
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
/** "x is required" when missing, `wrong` when present but of another type. */
const typeError = (what: string, wrong: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${what} is required` : wrong;
// The schema checks shape and limits only, without transforms (zod compiles such objects into
// fast code: the ingest path checks thousands of events a second); normalizeEvent() then trims,
// lowercases and parses.
const text = (max: number, what: string) =>
  z
    .string({ error: typeError(what, `${what} must be a string`) })
    .max(max, `${what} is longer than ${max} characters`)
    .regex(NO_CONTROL, `${what} contains control characters`);
const optionalText = (max: number, what: string) => z.string({ error: `${what} must be a string` }).max(max, `${what} is longer than ${max} characters`).regex(NO_CONTROL, `${what} contains control characters`).nullish();

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const DATE_HINT = "must be an ISO 8601 date-time with a time zone (2026-03-01T12:00:00Z) or epoch milliseconds";
const TYPE_HINT = "type must be 1–64 letters, digits or _ . : - (like page_view)";

/** API field → identity kind. */
export const IDENTITY_FIELDS = {
  anonymousId: "ANON_ID",
  email: "EMAIL",
  phone: "PHONE",
  messenger: "MESSENGER",
  externalId: "EXTERNAL",
} as const satisfies Record<string, IdentityKindName>;
type IdentityField = keyof typeof IDENTITY_FIELDS;
const IDENTITY_FIELD_NAMES = Object.keys(IDENTITY_FIELDS) as IdentityField[];

export interface IdentityKey {
  kind: IdentityKindName;
  value: string;
}

const identity = (field: string) => z.string({ error: `identities.${field} must be a string` }).nullish();

/** One event of a batch, as a website (track.js) or a server integration sends it. */
export const ingestEventSchema = z.object(
  {
    id: text(128, "id"),
    type: text(64, "type").regex(/^\s*[A-Za-z0-9_.:-]+\s*$/, TYPE_HINT),
    occurredAt: z.union([z.string(), z.number()], { error: typeError("occurredAt", `occurredAt ${DATE_HINT}`) }),
    channel: optionalText(64, "channel"),
    utm: z
      .object(
        { source: optionalText(200, "utm.source"), medium: optionalText(200, "utm.medium"), campaign: optionalText(200, "utm.campaign") },
        { error: "utm must be an object like {\"source\": \"yandex\", \"medium\": \"cpc\", \"campaign\": \"…\"}" },
      )
      .nullish(),
    identities: z.object(
      Object.fromEntries(IDENTITY_FIELD_NAMES.map((field) => [field, identity(field)])) as Record<IdentityField, ReturnType<typeof identity>>,
      { error: typeError("identities", "identities must be an object like {\"anonymousId\": \"…\", \"email\": \"…\"}") },
    ),
    traits: z
      .object({ name: optionalText(200, "traits.name"), company: optionalText(200, "traits.company") }, { error: "traits must be an object like {\"name\": \"…\"}" })
      .nullish(),
    properties: z.record(z.string(), z.unknown(), { error: "properties must be a JSON object" }).nullish(),
  },
  { error: "each event must be a JSON object like {\"id\": …, \"type\": …, \"occurredAt\": …, \"identities\": {…}}" },
);

export interface NormalizedEvent {
  id: string;
  type: string;
  occurredAt: Date;
  channel: string | null;
  utm: { source: string | null; medium: string | null; campaign: string | null };
  identities: IdentityKey[];
  traits: { name: string | null; company: string | null } | null;
  /** JSON text. */
  properties: string;
}

const trimmed = (v: string | null | undefined) => (v ? v.trim() || null : null);

/** The stored form of an event the schema accepted, or the first problem with it. */
export function normalizeEvent(e: z.output<typeof ingestEventSchema>): NormalizedEvent | { error: string } {
  const id = e.id.trim();
  if (id === "") return { error: "id (the client's event id) is required" };
  const raw = e.occurredAt;
  const ms = typeof raw === "number" ? (Number.isInteger(raw) ? raw : NaN) : ISO_DATE_TIME.test(raw.trim()) ? Date.parse(raw.trim()) : NaN;
  // An integer beyond ±8.64e15 ms (1e300, 2**53) is finite but no Date holds it (Invalid Date).
  const occurredAt = new Date(ms);
  if (Number.isNaN(occurredAt.getTime())) return { error: `occurredAt ${DATE_HINT}` };
  const identities: IdentityKey[] = [];
  for (const field of IDENTITY_FIELD_NAMES) {
    const value = e.identities[field];
    if (value === undefined || value === null || value === "") continue;
    if (!NO_CONTROL.test(value)) return { error: `identities.${field} must be a string without control characters` };
    const normalized = normalizeIdentity(IDENTITY_FIELDS[field], value);
    if (!normalized.ok) return { error: `identities.${field}: ${normalized.message}` };
    identities.push({ kind: IDENTITY_FIELDS[field], value: normalized.value });
  }
  if (identities.length === 0) return { error: `identities needs at least one of ${IDENTITY_FIELD_NAMES.join(", ")}` };
  // Checked before JSON.stringify, which recurses and overflows the stack at a few thousand levels.
  if (nestedDeeperThan(e.properties ?? {}, MAX_PROPERTIES_DEPTH)) return { error: `properties are nested more than ${MAX_PROPERTIES_DEPTH} levels deep` };
  const properties = JSON.stringify(e.properties ?? {});
  if (properties.length > MAX_PROPERTIES_BYTES) return { error: `properties must stay under ${MAX_PROPERTIES_BYTES / 1024} KB of JSON` };
  const traits = e.traits ? { name: trimmed(e.traits.name), company: trimmed(e.traits.company) } : null;
  return {
    id,
    type: e.type.trim().toLowerCase(),
    occurredAt,
    channel: trimmed(e.channel)?.toLowerCase() ?? null,
    utm: { source: trimmed(e.utm?.source), medium: trimmed(e.utm?.medium), campaign: trimmed(e.utm?.campaign) },
    identities,
    traits: traits && (traits.name || traits.company) ? traits : null,
    properties,
  };
}

/** True when `value` (parsed JSON) nests objects and arrays deeper than `max`; iterative, so any depth is safe. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Turns the first problem of an event into one readable line that names the field. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid event";
  const path = issue.path.map(String);
  const field = path[path.length - 1];
  if (path.length === 0 || issue.message.startsWith(path.join(".")) || issue.message.startsWith(field)) return issue.message;
  return `${path.join(".")}: ${issue.message}`;
}

// ——— API keys ———

export const API_KEY_KINDS = ["PUBLIC", "SECRET"] as const;
export type ApiKeyKindName = (typeof API_KEY_KINDS)[number];

/**
 * PUBLIC keys (web pages, track.js) never merge two known people; SECRET keys (servers) don't
 * either, unless created with mergesKnownPeople. A public key may not be given that power.
 */
export const createApiKeySchema = z
  .object({
    name: singleLine().min(1, "Give the key a name, e.g. “Website tracker”").max(100, "Keep the name under 100 characters"),
    kind: z.enum(API_KEY_KINDS, { error: "Choose whether the key is public (website) or secret (server)" }).default("PUBLIC"),
    mergesKnownPeople: z.boolean().default(false),
  })
  .refine((key) => !(key.kind === "PUBLIC" && key.mergesKnownPeople), {
    message: "Only a secret key may merge known people: a public key sits in web pages where anyone can read it",
    path: ["mergesKnownPeople"],
  });

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: idString });

// ——— Scoring settings ———

export const scoringRuleSchema = z.object({
  eventType: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_.:-]{1,64}$/, "Event type: 1–64 letters, digits and _ . : - (like page_view)"),
  channel: z
    .string()
    .trim()
    .toLowerCase()
    .max(64, "Channel: at most 64 characters")
    .regex(NO_CONTROL, "Channel contains control characters")
    .nullish()
    .transform((v) => v || null),
  points: z.number({ error: "Points must be a number" }).min(-1000, "Points from −1000 to 1000").max(1000, "Points from −1000 to 1000"),
  halfLifeDays: z.number({ error: "Half-life must be a number of days" }).min(0.1, "Half-life from 0.1 to 3650 days").max(3650, "Half-life from 0.1 to 3650 days"),
  active: z.boolean().default(true),
});

export const scoringConfigSchema = z
  .object({
    rules: z.array(scoringRuleSchema).max(200, "At most 200 rules"),
    thresholds: z.object({
      warm: z.number().min(0, "The warm threshold is 0 or more").max(1_000_000),
      hot: z.number().min(0).max(1_000_000),
    }),
  })
  .superRefine((config, ctx) => {
    if (config.thresholds.hot <= config.thresholds.warm) {
      ctx.addIssue({ code: "custom", path: ["thresholds", "hot"], message: "The hot threshold must be above the warm one" });
    }
    const seen = new Set<string>();
    config.rules.forEach((rule, i) => {
      const key = `${rule.eventType}|${rule.channel ?? ""}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["rules", i, "eventType"], message: "Two rules for the same event type and channel" });
      seen.add(key);
    });
  });

export type ScoringConfigInput = z.input<typeof scoringConfigSchema>;
