// Is this process's scheduler alive? Read from its heartbeat (lib/scheduler/heartbeat.ts): a tick
// ended (or the scheduler started) within three intervals and half a minute, or a tick is under
// way and began less than TICK_LIMIT_MS ago (a long score refresh is not a dead scheduler).
import type { SchedulerHeartbeat } from "@/lib/scheduler/heartbeat";

export const TICK_LIMIT_MS = 10 * 60_000;
const GRACE_MS = 30_000;

export interface SchedulerLiveness {
  ok: boolean;
  state: "running" | "disabled" | "not_started" | "stalled";
  /** ISO time the last tick ended, when one has. */
  lastTickAt: string | null;
}

export function schedulerLiveness(options: { heartbeat: SchedulerHeartbeat | null; disabled: boolean; now?: number }): SchedulerLiveness {
  const { heartbeat, disabled } = options;
  const now = options.now ?? Date.now();
  if (disabled) return { ok: true, state: "disabled", lastTickAt: null };
  if (!heartbeat) return { ok: false, state: "not_started", lastTickAt: null };
  const lastTickAt = heartbeat.tickEndedAt === null ? null : new Date(heartbeat.tickEndedAt).toISOString();
  const ticking = heartbeat.tickStartedAt !== null && (heartbeat.tickEndedAt === null || heartbeat.tickStartedAt > heartbeat.tickEndedAt);
  const alive = ticking
    ? now - (heartbeat.tickStartedAt as number) < TICK_LIMIT_MS
    : now - Math.max(heartbeat.startedAt, heartbeat.tickEndedAt ?? 0) < 3 * heartbeat.intervalMs + GRACE_MS;
  return { ok: alive, state: alive ? "running" : "stalled", lastTickAt };
}
