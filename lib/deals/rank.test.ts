import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/testing/random";
import { compareRanks, evenRanks, rankBetween } from "./rank";

const lt = (a: string, b: string) => compareRanks(a, b) < 0;

function expectSorted(keys: string[]) {
  for (let i = 1; i < keys.length; i++) expect(lt(keys[i - 1], keys[i]), `${keys[i - 1]} < ${keys[i]} at ${i}`).toBe(true);
}

describe("compareRanks", () => {
  it("compares bytewise, not by locale: uppercase sorts before lowercase", () => {
    expect(compareRanks("a0", "Zz")).toBe(1);
    expect(compareRanks("Zz", "a0")).toBe(-1);
    expect(compareRanks("a0", "a0")).toBe(0);
    // A locale-aware comparison would put "a0" first; the database (BINARY / COLLATE "C") does not.
    expect("a0".localeCompare("Zz")).toBeLessThan(0);
    const keys = ["a1", "Zz", "a0V", "b00", "a0", "Zy", "A", "a"];
    const bytewise = [...keys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...keys].sort(compareRanks)).toEqual(bytewise);
  });

  it("orders a key before its own extensions", () => {
    expect(compareRanks("a0", "a0V")).toBe(-1);
    expect(compareRanks("a0V", "a1")).toBe(-1);
  });
});

describe("rankBetween", () => {
  it("gives a key strictly between two keys", () => {
    const pairs: [string, string][] = [
      ["a0", "a1"],
      ["a0", "a0V"],
      ["Zz", "a0"],
      ["a0", "b00"],
      ["a0V", "a0k"],
    ];
    for (const [before, after] of pairs) {
      const key = rankBetween(before, after);
      expect(lt(before, key) && lt(key, after), `${before} < ${key} < ${after}`).toBe(true);
    }
  });

  it("handles open ends", () => {
    const only = rankBetween(null, null);
    expect(typeof only).toBe("string");
    expect(only.length).toBeGreaterThan(0);
    expect(lt(rankBetween(null, "a0"), "a0")).toBe(true);
    expect(lt("a0", rankBetween("a0", null))).toBe(true);
    expect(lt(rankBetween(null, "Zz"), "Zz")).toBe(true);
  });

  it("falls back to a key just after `before` when neighbours are equal or out of order", () => {
    const equal = rankBetween("a1", "a1");
    expect(lt("a1", equal)).toBe(true);
    const reversed = rankBetween("a5", "a1");
    expect(lt("a5", reversed)).toBe(true);
    expect(reversed).toBe(rankBetween("a5", null));
  });

  it("keeps order through many inserts at the same spot", () => {
    // Always insert right after the first card: the gap keeps shrinking from one side.
    const column = ["a0", "a1"];
    for (let i = 0; i < 300; i++) column.splice(1, 0, rankBetween(column[0], column[1]));
    expectSorted(column);
    expect(new Set(column).size).toBe(column.length);

    // Always insert at the very top, and always at the very bottom.
    const top = ["a0"];
    for (let i = 0; i < 300; i++) top.unshift(rankBetween(null, top[0]));
    expectSorted(top);
    const bottom = ["a0"];
    for (let i = 0; i < 300; i++) bottom.push(rankBetween(bottom[bottom.length - 1], null));
    expectSorted(bottom);
  });

  it("keeps order under random inserts (seeded)", () => {
    const random = seededRandom(20261123);
    const column: string[] = [];
    for (let i = 0; i < 500; i++) {
      const at = random.int(column.length + 1);
      column.splice(at, 0, rankBetween(column[at - 1] ?? null, column[at] ?? null));
    }
    expectSorted(column);
    expect(new Set(column).size).toBe(500);
  });
});

describe("evenRanks", () => {
  it("gives n strictly increasing keys", () => {
    const keys = evenRanks(120);
    expect(keys).toHaveLength(120);
    expectSorted(keys);
    expect(evenRanks(0)).toEqual([]);
  });
});
