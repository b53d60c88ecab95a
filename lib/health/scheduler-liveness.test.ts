import { describe, expect, it } from "vitest";
import { schedulerLiveness, TICK_LIMIT_MS } from "./scheduler-liveness";

const interval = 30_000;
const beat = (over: Partial<{ startedAt: number; tickStartedAt: number | null; tickEndedAt: number | null }>) => ({
  startedAt: 0,
  intervalMs: interval,
  tickStartedAt: null,
  tickEndedAt: null,
  ...over,
});

describe("schedulerLiveness", () => {
  it("is alive before its first tick, and after a recent one", () => {
    expect(schedulerLiveness({ heartbeat: beat({}), disabled: false, now: interval })).toMatchObject({ ok: true, state: "running" });
    const after = schedulerLiveness({ heartbeat: beat({ tickStartedAt: 100_000, tickEndedAt: 100_500 }), disabled: false, now: 150_000 });
    expect(after).toEqual({ ok: true, state: "running", lastTickAt: new Date(100_500).toISOString() });
  });

  it("has stalled when no tick ended for three intervals and a half minute", () => {
    const heartbeat = beat({ tickStartedAt: 100_000, tickEndedAt: 100_500 });
    expect(schedulerLiveness({ heartbeat, disabled: false, now: 100_500 + 3 * interval + 29_000 }).ok).toBe(true);
    expect(schedulerLiveness({ heartbeat, disabled: false, now: 100_500 + 3 * interval + 31_000 })).toMatchObject({ ok: false, state: "stalled" });
  });

  it("gives a long tick up to ten minutes before calling it stalled", () => {
    const heartbeat = beat({ tickStartedAt: 200_000, tickEndedAt: 100_000 });
    expect(schedulerLiveness({ heartbeat, disabled: false, now: 200_000 + TICK_LIMIT_MS - 1 }).ok).toBe(true);
    expect(schedulerLiveness({ heartbeat, disabled: false, now: 200_000 + TICK_LIMIT_MS + 1 }).ok).toBe(false);
  });

  it("is fine when turned off on this instance, and not ready when never started", () => {
    expect(schedulerLiveness({ heartbeat: null, disabled: true })).toEqual({ ok: true, state: "disabled", lastTickAt: null });
    expect(schedulerLiveness({ heartbeat: null, disabled: false })).toEqual({ ok: false, state: "not_started", lastTickAt: null });
  });
});
