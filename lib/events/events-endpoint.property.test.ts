// Property test through the route handler, with a real Request and the real test database:
// arbitrary JSON — good events, poison events (epoch numbers no Date holds, properties nested
// thousands deep) and anything at all — never gets a 5xx; every good event is stored, every bad
// one is reported by its index, and the rest is one or the other.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { MAX_PROPERTIES_DEPTH } from "@/lib/validation/events";
import { handleEventsPost } from "./events-endpoint";

const DAY = 86_400_000;
let secret: string;
let run = 0;
/** Good events seen stored and bad ones seen reported, over all runs (the test must exercise both). */
const seen = { good: 0, bad: 0 };

beforeAll(async () => {
  await resetDatabase(db);
  const admin = await createUser("ADMIN");
  ({ secret } = await createApiKey({ actor: admin, name: "fuzz" }));
});

/** One event as JSON text (ID stands for its unique id), and what the endpoint must do with it. */
interface Piece {
  text: string;
  kind: "good" | "bad" | "any";
}
const ID = "__ID__";

const json = (value: unknown) => JSON.stringify(value);
const identities = fc.record({ anonymousId: fc.constantFrom("v_1", "v_2", "v_3"), email: fc.constantFrom("a@x.ru", "b@x.ru") }, { requiredKeys: ["anonymousId"] });
const recent = fc.integer({ min: 1, max: 90 * 24 * 60 }).map((minutes) => Date.now() - minutes * 60_000);

/** Valid events (ids unique within a run, filled in when the batch is built). */
const good = fc
  .record({
    type: fc.stringMatching(/^[a-z_.:-]{1,20}$/),
    occurredAt: recent.chain((ms) => fc.constantFrom<number | string>(ms, new Date(ms).toISOString())),
    identities,
    channel: fc.option(fc.constantFrom("ads", "Email"), { nil: undefined }),
    properties: fc.option(fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), { nil: undefined }),
  })
  .map((e): Piece => ({ text: json({ id: ID, ...e }), kind: JSON.stringify(e.properties ?? {}).length > 8192 ? "bad" : "good" }));

/** Events the endpoint must refuse, each on its own. */
const bad = fc.oneof(
  // Epoch numbers beyond ±8.64e15 ms: finite, integer, and no Date holds them.
  fc.oneof(fc.constantFrom(1e300, 8640000000000001, 2 ** 53, 1e16, -1e16), fc.double({ min: 8.7e15, noNaN: true, noDefaultInfinity: true }).map(Math.round)).map(
    (occurredAt): Piece => ({ text: json({ id: ID, type: "page_view", occurredAt, identities: { anonymousId: "v_1" } }), kind: "bad" }),
  ),
  // Properties nested past the cap, up to far past what JSON.stringify can recurse.
  fc.integer({ min: MAX_PROPERTIES_DEPTH + 1, max: 30_000 }).chain((depth) =>
    fc.constantFrom("[", '{"k":').map((open): Piece => {
      const close = open === "[" ? "]" : "}";
      const head = json({ id: ID, type: "page_view", occurredAt: Date.now() - DAY, identities: { anonymousId: "v_2" } }).slice(0, -1);
      return { text: `${head},"properties":{"p":${open.repeat(depth - 1)}1${close.repeat(depth - 1)}}}`, kind: "bad" };
    }),
  ),
  // Dates out of range, and shapes the schema refuses.
  fc.constantFrom<object>(
    { occurredAt: "9999-12-31T00:00:00Z" },
    { occurredAt: "1999-12-31T23:59:59Z" },
    { occurredAt: 1.5 },
    { occurredAt: "soon" },
    { identities: {} },
    { type: "has space" },
    { properties: [1, 2] },
  ).map((patch): Piece => ({ text: json({ id: ID, type: "page_view", occurredAt: Date.now() - DAY, identities: { anonymousId: "v_3" }, ...patch }), kind: "bad" })),
);

/** Anything at all in place of an event: stored or reported, never a 5xx. */
const anything = fc.jsonValue().map((value): Piece => ({ text: json(value), kind: "any" }));

const pieces = fc.array(fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: bad, weight: 2 }, { arbitrary: anything, weight: 1 }), { minLength: 1, maxLength: 25 });
/** A whole body: usually a batch, sometimes any JSON at all. */
const body = fc.oneof({ arbitrary: pieces.map((p) => ({ batch: p })), weight: 6 }, { arbitrary: fc.jsonValue().map((value) => ({ raw: json(value) })), weight: 1 });

function post(text: string) {
  return handleEventsPost(new Request("http://localhost/api/v1/events", { method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body: text }));
}

describe("POST /api/v1/events under arbitrary JSON", () => {
  it("never answers 5xx, stores every good event and reports every bad one", async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        run += 1;
        if ("raw" in b) {
          const response = await post(b.raw);
          expect(response.status, b.raw.slice(0, 200)).toBeLessThan(500);
          return;
        }
        const events = b.batch.map((p, i) => ({ ...p, id: p.text.includes(ID) ? `r${run}-e${i}` : undefined }));
        for (const e of events) if (e.id) e.text = e.text.replace(ID, e.id);
        const response = await post(`{"events":[${events.map((e) => e.text).join(",")}]}`);
        expect(response.status).toBeLessThan(500);
        expect([200, 207]).toContain(response.status);
        const result = (await response.json()) as { accepted: number; duplicates: number; rejected: { index: number; clientId: string | null; error: string }[] };
        expect(result.accepted + result.duplicates + result.rejected.length).toBe(events.length);
        const reported = new Map(result.rejected.map((r) => [r.index, r]));
        expect(reported.size).toBe(result.rejected.length);
        expect(response.status).toBe(reported.size > 0 ? 207 : 200);
        const ours = events.filter((e) => e.id !== undefined).map((e) => e.id!);
        const stored = new Set((await db.event.findMany({ where: { externalId: { in: ours } }, select: { externalId: true } })).map((e) => e.externalId));
        events.forEach((e, i) => {
          if (e.kind === "good") {
            expect(reported.get(i), e.text.slice(0, 300)).toBeUndefined();
            expect(stored.has(e.id!)).toBe(true);
            seen.good += 1;
          } else if (e.kind === "bad") {
            expect(reported.get(i)?.error, e.text.slice(0, 300)).toEqual(expect.any(String));
            expect(reported.get(i)?.clientId).toBe(e.id);
            expect(stored.has(e.id!)).toBe(false);
            seen.bad += 1;
          }
        });
      }),
      { numRuns: 60 },
    );
    expect(seen.good).toBeGreaterThan(100);
    expect(seen.bad).toBeGreaterThan(50);
  }, 240_000);
});
