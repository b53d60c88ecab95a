import { describe, expect, it } from "vitest";
import type { AutomationAction } from "@/lib/validation/automations";
import { retryDelayMs, stepDueAt, touchedSince } from "./chain";

const task = (delayMinutes: number): AutomationAction => ({ kind: "create_task", title: "Call", dueInDays: 1, delayMinutes, onlyIfNoTouch: false });

describe("chain timing", () => {
  const start = new Date("2026-03-01T10:00:00Z");

  it("waits each step's delay after the previous one", () => {
    const actions = [task(0), task(2 * 24 * 60)];
    expect(stepDueAt(actions, 0, start)).toEqual(start);
    expect(stepDueAt(actions, 1, start)).toEqual(new Date("2026-03-03T10:00:00Z"));
    expect(stepDueAt(actions, 5, start)).toEqual(start);
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 4, 7, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60]);
    expect(retryDelayMs(0)).toBe(60_000);
  });

  it("counts only touches after the start", () => {
    expect(touchedSince(start, start, null)).toBe(false);
    expect(touchedSince(start, new Date(start.getTime() - 1), undefined)).toBe(false);
    expect(touchedSince(start, null, new Date(start.getTime() + 1))).toBe(true);
  });
});
