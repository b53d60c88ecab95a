import { describe, expect, it } from "vitest";
import type { BoardCard } from "./card-query";
import { appendCards, moveCard, neighboursOf, removeCard, type BoardState } from "./board-state";

function card(id: string, stageId: string, value: number, currency = "RUB"): BoardCard {
  return {
    id,
    title: id,
    value,
    currency,
    rank: id,
    version: 1,
    stageId,
    ownerId: "u1",
    ownerName: "U One",
    person: null,
    stageEnteredAt: "2026-01-01T00:00:00.000Z",
    lastTouchAt: "2026-01-01T00:00:00.000Z",
    nextTask: null,
  };
}

function board(): BoardState {
  const cards = [card("a", "s1", 1000), card("b", "s1", 2000), card("c", "s1", 500, "USD"), card("d", "s2", 4000)];
  return {
    order: ["s1", "s2"],
    cards: Object.fromEntries(cards.map((c) => [c.id, c])),
    columns: {
      s1: { stageId: "s1", probability: 10, ids: ["a", "b", "c"], count: 3, totals: [{ currency: "RUB", value: 3000, weighted: 300 }, { currency: "USD", value: 500, weighted: 50 }], hasMore: false },
      s2: { stageId: "s2", probability: 50, ids: ["d"], count: 1, totals: [{ currency: "RUB", value: 4000, weighted: 2000 }], hasMore: true },
    },
  };
}

describe("board state", () => {
  it("moves a card across columns with counts and per-currency totals", () => {
    const next = moveCard(board(), "b", "s2", 0);
    expect(next.columns.s1.ids).toEqual(["a", "c"]);
    expect(next.columns.s2.ids).toEqual(["b", "d"]);
    expect(next.cards.b.stageId).toBe("s2");
    expect(next.columns.s1.count).toBe(2);
    expect(next.columns.s2.count).toBe(2);
    expect(next.columns.s1.totals.find((t) => t.currency === "RUB")).toEqual({ currency: "RUB", value: 1000, weighted: 100 });
    expect(next.columns.s2.totals).toEqual([{ currency: "RUB", value: 6000, weighted: 3000 }]);
  });

  it("adds a currency line to the target column when it had none", () => {
    const next = moveCard(board(), "c", "s2", 1);
    expect(next.columns.s2.totals).toContainEqual({ currency: "USD", value: 500, weighted: 250 });
    expect(next.columns.s1.totals.find((t) => t.currency === "USD")).toBeUndefined();
  });

  it("reorders within a column like arrayMove and leaves totals alone", () => {
    const start = board();
    const down = moveCard(start, "a", "s1", 2);
    expect(down.columns.s1.ids).toEqual(["b", "c", "a"]);
    expect(down.columns.s1.totals).toEqual(start.columns.s1.totals);
    expect(moveCard(start, "c", "s1", 0).columns.s1.ids).toEqual(["c", "a", "b"]);
  });

  it("gives the neighbours the server needs", () => {
    const next = moveCard(board(), "a", "s1", 1);
    expect(neighboursOf(next, "a")).toEqual({ previousId: "b", nextId: "c" });
    expect(neighboursOf(moveCard(board(), "a", "s2", 5), "a")).toEqual({ previousId: "d", nextId: null });
  });

  it("removes a won or lost card with its value", () => {
    const next = removeCard(board(), "d");
    expect(next.cards.d).toBeUndefined();
    expect(next.columns.s2).toMatchObject({ ids: [], count: 0 });
  });

  it("appends a page without duplicating cards already shown", () => {
    const next = appendCards(board(), "s2", [card("d", "s2", 4000), card("e", "s2", 10)], false);
    expect(next.columns.s2.ids).toEqual(["d", "e"]);
    expect(next.columns.s2.hasMore).toBe(false);
    expect(next.columns.s2.count).toBe(1); // count is the server's exact total, not the shown cards
  });
});
