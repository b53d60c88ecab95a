// One event's problems stay that event's: whatever it makes the checks do, the batch goes on.
import { describe, expect, it } from "vitest";
import { MAX_PROPERTIES_DEPTH, nestedDeeperThan } from "@/lib/validation/events";
import { parseEvents } from "./parse-batch";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const ok = (id: string, extra: object = {}) => ({ id, type: "page_view", occurredAt: NOW.toISOString(), identities: { anonymousId: "v_1" }, ...extra });
const nest = (depth: number) => {
  let value: unknown = 1;
  // Objects and arrays by turns, an object outermost (`properties` must be one).
  for (let i = depth - 1; i >= 0; i--) value = i % 2 ? [value] : { k: value };
  return value as object;
};

describe("parseEvents", () => {
  it("rejects epoch numbers no Date can hold, and keeps the rest of the batch", () => {
    const huge = [1e300, 8640000000000001, 2 ** 53, 1e16, -1e16, Number.MAX_SAFE_INTEGER];
    const batch = parseEvents([ok("a"), ...huge.map((occurredAt, i) => ok(`h${i}`, { occurredAt })), ok("b")], NOW);
    expect(batch.events.map((e) => e.clientId)).toEqual(["a", "b"]);
    expect(batch.rejected.map((r) => r.clientId)).toEqual(huge.map((_, i) => `h${i}`));
    for (const r of batch.rejected) expect(r.error).toMatch(/^occurredAt /);
    for (const e of batch.events) expect(Number.isNaN(e.occurredAt.getTime())).toBe(false);
  });

  it(`caps the nesting of properties at ${MAX_PROPERTIES_DEPTH} levels, at any depth without overflowing`, () => {
    const batch = parseEvents(
      [ok("at-cap", { properties: nest(MAX_PROPERTIES_DEPTH) }), ok("over", { properties: nest(MAX_PROPERTIES_DEPTH + 1) }), ok("abyss", { properties: nest(200_000) })],
      NOW,
    );
    expect(batch.events.map((e) => e.clientId)).toEqual(["at-cap"]);
    expect(batch.rejected).toEqual([
      { index: 1, clientId: "over", error: `properties are nested more than ${MAX_PROPERTIES_DEPTH} levels deep` },
      { index: 2, clientId: "abyss", error: `properties are nested more than ${MAX_PROPERTIES_DEPTH} levels deep` },
    ]);
    expect(nestedDeeperThan({}, 1)).toBe(false);
    expect(nestedDeeperThan({ a: [] }, 1)).toBe(true);
    expect(nestedDeeperThan({ a: "x", b: 2, c: null }, 1)).toBe(false);
  });

  it("turns anything thrown while checking one event into that event's error", () => {
    const hostile = {
      get id(): string {
        throw new Error("boom");
      },
    };
    const throwsOnType = { id: "t", identities: { anonymousId: "v" }, occurredAt: NOW.toISOString() };
    Object.defineProperty(throwsOnType, "type", { enumerable: true, get: () => { throw new RangeError("nope"); } });
    const batch = parseEvents([ok("a"), hostile, throwsOnType, ok("b")], NOW);
    expect(batch.events.map((e) => e.clientId)).toEqual(["a", "b"]);
    expect(batch.rejected).toEqual([
      { index: 1, clientId: null, error: expect.stringContaining("could not be read") },
      { index: 2, clientId: "t", error: expect.stringContaining("could not be read") },
    ]);
  });
});
