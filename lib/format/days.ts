const DAY = 86_400_000;

/** Whole days between an ISO instant and now (never negative). */
export function daysSince(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / DAY));
}

/** A deal rots once it has been idle (no touch) longer than its stage allows. */
export function isRotting(lastTouchAt: string, rottingDays: number | null, now: number = Date.now()): boolean {
  return rottingDays !== null && daysSince(lastTouchAt, now) > rottingDays;
}
