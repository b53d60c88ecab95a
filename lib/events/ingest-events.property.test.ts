// Property test: random and malformed batches never make ingest throw (except a clear 400 for a
// wrong envelope), and every event is either stored exactly once or reported — across retries,
// duplicates, merges and junk.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { isAppError } from "@/lib/errors/app-error";
import { DAY_MS } from "@/lib/scoring/score-math";
import { ingestEvents, type IngestResult } from "./ingest-events";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const ids = Array.from({ length: 25 }, (_, i) => `id-${i}`);

const validEvent = fc.record(
  {
    id: fc.constantFrom(...ids),
    type: fc.constantFrom("page_view", "order", "Page_View", "no_rule"),
    occurredAt: fc.integer({ min: NOW.getTime() - 90 * DAY_MS, max: NOW.getTime() }).map((ms) => (ms % 2 ? new Date(ms).toISOString() : ms)),
    channel: fc.option(fc.constantFrom("ads", "email", "ADS"), { nil: undefined }),
    identities: fc
      .record(
        {
          anonymousId: fc.constantFrom("v_a", "v_b", "v_c", "v_d"),
          email: fc.constantFrom("a@x.ru", "B@x.ru", "c@x.ru"),
          phone: fc.constantFrom("+7 912 000-11-22", "8 912 000 11 22", "+7 900 111 22 33"),
        },
        { requiredKeys: [] },
      )
      .filter((r) => Object.keys(r).length > 0),
    properties: fc.option(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }), { nil: undefined }),
    traits: fc.option(fc.record({ name: fc.string({ maxLength: 30 }) }), { nil: undefined }),
  },
  { requiredKeys: ["id", "type", "occurredAt", "identities"] },
);

/** Shapes a sender gets wrong: wrong types, control characters, absurd dates, anything at all. */
const junkEvent = fc.oneof(
  fc.anything(),
  fc.record(
    {
      id: fc.oneof(fc.constantFrom(...ids), fc.string({ unit: "binary", maxLength: 200 }), fc.anything()),
      type: fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.anything()),
      occurredAt: fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constantFrom(1e300, 8640000000000001, 2 ** 53, 1e16), fc.date({ noInvalidDate: false }).map(String), fc.anything()),
      channel: fc.oneof(fc.string({ unit: "binary" }), fc.anything()),
      identities: fc.oneof(
        fc.record({ anonymousId: fc.string({ unit: "binary", maxLength: 400 }), email: fc.string(), phone: fc.string(), messenger: fc.string() }, { requiredKeys: [] }),
        fc.anything(),
      ),
      utm: fc.anything(),
      properties: fc.oneof(fc.anything(), fc.constant({ big: "x".repeat(9000) })),
      traits: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

const batch = fc.array(fc.oneof({ arbitrary: validEvent, weight: 3 }, { arbitrary: junkEvent, weight: 1 }), { minLength: 1, maxLength: 30 });
const body = fc.oneof({ arbitrary: batch.map((events) => ({ events })), weight: 8 }, { arbitrary: fc.anything(), weight: 1 });

async function setup() {
  await resetDatabase(db);
  const admin = await createUser("ADMIN");
  await db.scoringRule.createMany({ data: [{ eventType: "page_view", points: 1 }, { eventType: "order", points: 30, halfLifeDays: 7 }] });
  const created = await createApiKey({ actor: admin, name: "property" });
  return verifyApiKey({ authorization: `Bearer ${created.secret}` });
}

describe("ingestEvents under random and malformed batches", () => {
  it("never throws for bad events and stores each valid event exactly once", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(body, { minLength: 1, maxLength: 4 }), async (bodies) => {
        const key = await setup();
        const stored = new Set<string>();
        for (const [b, sent] of [...bodies, bodies[0]].entries()) {
          const now = new Date(NOW.getTime() + b * 60_000);
          let result: IngestResult;
          try {
            result = await ingestEvents({ key, body: sent, now });
          } catch (error) {
            // Only a wrong envelope may fail, and only with a 400 that explains it.
            expect(isAppError(error) && error.code === "VALIDATION", String(error)).toBe(true);
            expect(Array.isArray((sent as { events?: unknown })?.events) && (sent as { events: unknown[] }).events.length > 0).toBe(false);
            continue;
          }
          const events = (sent as { events: unknown[] }).events;
          expect(result.accepted + result.duplicates + result.rejected.length).toBe(events.length);
          const reported = new Set(result.rejected.map((r) => r.index));
          expect(reported.size).toBe(result.rejected.length);
          for (const r of result.rejected) expect(typeof r.error === "string" && r.error.length > 0 && r.index < events.length).toBe(true);
          events.forEach((e, i) => {
            if (!reported.has(i)) stored.add(String((e as { id: string }).id).trim());
          });
          // Every event that was not reported is in the database, each id once.
          const rows = await db.event.findMany({ select: { externalId: true } });
          expect(new Set(rows.map((r) => r.externalId))).toEqual(stored);
        }
        // Scores never double count: the signals have seen each scored event once.
        const scored = await db.event.count({ where: { type: { in: ["page_view", "order"] } } });
        const fed = await db.personSignal.aggregate({ _sum: { events: true } });
        expect(fed._sum.events ?? 0).toBe(scored);
        // Merged profiles keep nothing: identities and events all point at live people.
        expect(await db.identity.count({ where: { person: { mergedIntoId: { not: null } } } })).toBe(0);
        expect(await db.event.count({ where: { person: { mergedIntoId: { not: null } } } })).toBe(0);
        const perPerson = await db.identity.groupBy({ by: ["kind", "value"], _count: { _all: true } });
        expect(perPerson.every((g) => g._count._all === 1)).toBe(true);
      }),
      { numRuns: 30 },
    );
  }, 240_000);
});
