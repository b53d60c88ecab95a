import { describe, expect, it } from "vitest";
import { buildFunnel, moveKind, movesByKind, type TransitionCell } from "./funnel-math";

const stages = ["a", "b", "c", "d"].map((id, position) => ({ id, name: id.toUpperCase(), position }));
const position = new Map(stages.map((s) => [s.id, s.position]));
const cell = (from: string | null, to: string | null, fromStatus: TransitionCell["fromStatus"], toStatus: TransitionCell["toStatus"], moves = 1): TransitionCell => ({
  fromStageId: from,
  toStageId: to,
  fromStatus,
  toStatus,
  moves,
});

describe("moveKind", () => {
  it("classifies creations, moves, skips, backward moves, closings and reopens", () => {
    expect(moveKind(cell(null, "a", null, "OPEN"), position)).toBe("created");
    expect(moveKind(cell("a", "b", "OPEN", "OPEN"), position)).toBe("forward");
    expect(moveKind(cell("a", "c", "OPEN", "OPEN"), position)).toBe("skip");
    expect(moveKind(cell("c", "a", "OPEN", "OPEN"), position)).toBe("backward");
    expect(moveKind(cell("b", "b", "OPEN", "WON"), position)).toBe("won");
    expect(moveKind(cell("a", "a", "OPEN", "LOST"), position)).toBe("lost");
    expect(moveKind(cell("b", "b", "LOST", "OPEN"), position)).toBe("reopened");
    expect(moveKind(cell("b", "b", "WON", "OPEN"), position)).toBe("reopened");
  });
});

describe("buildFunnel", () => {
  it("computes conversion = advanced ÷ entered and counts skips over each stage", () => {
    const matrix = [cell("a", "d", "OPEN", "OPEN", 2), cell("a", "c", "OPEN", "OPEN", 1), cell("b", "c", "OPEN", "OPEN", 5)];
    const funnel = buildFunnel(stages, [{ stageId: "a", entered: 10, advanced: 4, back: 0, lost: 3, here: 3 }], matrix);
    expect(funnel.map((s) => [s.stageId, s.conversion, s.skipped])).toEqual([
      ["a", 0.4, 0],
      ["b", null, 3], // a→d twice and a→c once jump over b
      ["c", null, 2], // a→d twice
      ["d", null, 0],
    ]);
    expect(funnel[1]).toMatchObject({ entered: 0, advanced: 0, name: "B" });
  });

  it("totals moves by kind", () => {
    expect(movesByKind(stages, [cell(null, "a", null, "OPEN", 3), cell("a", "c", "OPEN", "OPEN", 2), cell("c", "c", "OPEN", "LOST")])).toEqual({
      created: 3,
      forward: 0,
      skip: 2,
      backward: 0,
      won: 0,
      lost: 1,
      reopened: 0,
    });
  });
});
