import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, addEvent, combineSignals, decayFactor, roundScore, scoreAt, temperatureOf, topSignals, valueAt, type Signal } from "./score-math";

const T0 = Date.UTC(2026, 0, 1);
const days = (n: number) => T0 + n * DAY_MS;

describe("decay", () => {
  it("halves every half-life and never grows backwards in time", () => {
    expect(decayFactor(14 * DAY_MS, 14)).toBeCloseTo(0.5, 12);
    expect(decayFactor(28 * DAY_MS, 14)).toBeCloseTo(0.25, 12);
    expect(decayFactor(7 * DAY_MS, 14)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(decayFactor(0, 14)).toBe(1);
    expect(decayFactor(-5 * DAY_MS, 14)).toBe(1);
    expect(decayFactor(5 * DAY_MS, 0)).toBe(1);
  });

  it("values a signal at any later time", () => {
    const signal: Signal = { value: 40, at: days(0), events: 3 };
    expect(valueAt(signal, days(14), 14)).toBeCloseTo(20, 10);
    expect(valueAt(signal, days(-3), 14)).toBe(40);
  });
});

describe("addEvent", () => {
  it("starts a signal, then decays it to the new event and adds the points", () => {
    const first = addEvent(null, 10, days(0), 7);
    expect(first).toEqual({ value: 10, at: days(0), events: 1 });
    const second = addEvent(first, 10, days(7), 7);
    expect(second.value).toBeCloseTo(15, 10);
    expect(second).toMatchObject({ at: days(7), events: 2 });
  });

  it("decays a late event to the signal's time instead of moving the signal back", () => {
    const s = addEvent(addEvent(null, 8, days(10), 5), 8, days(5), 5);
    expect(s.at).toBe(days(10));
    expect(s.value).toBeCloseTo(8 + 4, 10);
  });

  it("gives the same value now whatever order the events arrive in (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ points: fc.integer({ min: -20, max: 50 }), day: fc.double({ min: 0, max: 200, noNaN: true }) }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        (events, halfLife) => {
          const now = days(250);
          const fold = (list: typeof events) => list.reduce<Signal | null>((s, e) => addEvent(s, e.points, days(e.day), halfLife), null)!;
          const inOrder = [...events].sort((a, b) => a.day - b.day);
          const direct = events.reduce((sum, e) => sum + e.points * decayFactor(now - days(e.day), halfLife), 0);
          expect(valueAt(fold(events), now, halfLife)).toBeCloseTo(direct, 6);
          expect(valueAt(fold(inOrder), now, halfLife)).toBeCloseTo(direct, 6);
          expect(fold(events).events).toBe(events.length);
        },
      ),
    );
  });
});

describe("combineSignals", () => {
  it("decays both to the later time and adds them, as if one person had every event", () => {
    const a = addEvent(addEvent(null, 10, days(0), 14), 5, days(3), 14);
    const b = addEvent(null, 20, days(20), 14);
    const merged = combineSignals(a, b, 14);
    const one = addEvent(addEvent(addEvent(null, 10, days(0), 14), 5, days(3), 14), 20, days(20), 14);
    expect(merged.at).toBe(days(20));
    expect(merged.value).toBeCloseTo(one.value, 10);
    expect(merged.events).toBe(3);
    expect(combineSignals(b, a, 14)).toEqual(merged);
  });
});

describe("score and temperature", () => {
  it("sums signals decayed to one moment, with one decimal", () => {
    const signals = [
      { signal: { value: 30, at: days(0), events: 1 }, halfLifeDays: 10 },
      { signal: { value: 12, at: days(5), events: 4 }, halfLifeDays: 5 },
    ];
    expect(scoreAt(signals, days(10))).toBe(roundScore(15 + 6));
    expect(scoreAt([], days(10))).toBe(0);
  });

  it("reads temperature from the thresholds, inclusive", () => {
    const t = { warm: 25, hot: 60 };
    expect(temperatureOf(0, t)).toBe("COLD");
    expect(temperatureOf(24.9, t)).toBe("COLD");
    expect(temperatureOf(25, t)).toBe("WARM");
    expect(temperatureOf(59.9, t)).toBe("WARM");
    expect(temperatureOf(60, t)).toBe("HOT");
    expect(temperatureOf(-5, t)).toBe("COLD");
  });

  it("explains a score by its largest signals now, with their share", () => {
    const items = [
      { name: "views", signal: { value: 10, at: days(0), events: 10 }, halfLifeDays: 1000 },
      { name: "order", signal: { value: 30, at: days(0), events: 1 }, halfLifeDays: 1000 },
      { name: "old", signal: { value: 40, at: days(-400), events: 2 }, halfLifeDays: 10 },
    ];
    const top = topSignals(items, days(0), 5);
    expect(top.map((s) => s.item.name)).toEqual(["order", "views"]);
    expect(top[0].value).toBe(30);
    expect(top[0].share).toBeCloseTo(0.75, 6);
    expect(topSignals(items, days(0), 1)).toHaveLength(1);
  });
});
