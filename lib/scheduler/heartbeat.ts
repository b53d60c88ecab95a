// The scheduler's signs of life in this process, for the readiness check (/api/ready): when it
// started, its interval, and when its last tick began and ended. Kept on globalThis because
// instrumentation.ts (which starts the scheduler) and the route handlers are bundled separately.
export interface SchedulerHeartbeat {
  startedAt: number;
  intervalMs: number;
  tickStartedAt: number | null;
  tickEndedAt: number | null;
}

const globalForBeat = globalThis as unknown as { voronkaSchedulerBeat?: SchedulerHeartbeat };

export function readHeartbeat(): SchedulerHeartbeat | null {
  return globalForBeat.voronkaSchedulerBeat ?? null;
}

export function beatStarted(intervalMs: number, now = Date.now()): void {
  globalForBeat.voronkaSchedulerBeat = { startedAt: now, intervalMs, tickStartedAt: null, tickEndedAt: null };
}

export function beatTick(phase: "start" | "end", now = Date.now()): void {
  const beat = globalForBeat.voronkaSchedulerBeat;
  if (!beat) return;
  if (phase === "start") beat.tickStartedAt = now;
  else beat.tickEndedAt = now;
}

export function beatStopped(): void {
  delete globalForBeat.voronkaSchedulerBeat;
}
