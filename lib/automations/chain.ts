// Chain timing: each step waits its delay after the previous one ran; failed deliveries retry
// with exponential backoff. Pure functions, so the scheduler's clock can be moved in tests.
import type { AutomationAction } from "@/lib/validation/automations";

const MINUTE = 60_000;

/** When step `index` is due, given the moment the previous step finished (or the chain started). */
export function stepDueAt(actions: readonly AutomationAction[], index: number, after: Date): Date {
  const delay = actions[index]?.delayMinutes ?? 0;
  return new Date(after.getTime() + delay * MINUTE);
}

/** Attempts of one delivery (email or webhook) before the step is given up as failed. */
export const MAX_ATTEMPTS = 5;

/** Wait before retry `attempt` (1 = the first retry): 1, 2, 4, 8 … minutes, capped at 1 hour. */
export function retryDelayMs(attempt: number): number {
  const n = Math.max(1, Math.floor(attempt));
  return Math.min(60 * MINUTE, MINUTE * 2 ** (n - 1));
}

/**
 * A step marked "only if nothing happened" runs when neither the deal nor the person was touched
 * after the chain started (a touch at the very start is the triggering fact itself).
 */
export function touchedSince(startedAt: Date, ...touches: (Date | null | undefined)[]): boolean {
  return touches.some((t) => t !== null && t !== undefined && t.getTime() > startedAt.getTime());
}

/** How long a claimed run stays reserved for its scheduler before another may take it over. */
export const LEASE_MS = 2 * MINUTE;
