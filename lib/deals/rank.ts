// Card order within a column: fractional-indexing keys, compared bytewise (SQLite BINARY
// collation, PostgreSQL COLLATE "C"). A move writes only the moved card's key.
import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/** Bytewise comparison, the same order the database uses. */
export function compareRanks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A key strictly between `before` and `after` (either may be null for an open end).
 * Neighbours that are equal or out of order (possible after concurrent inserts) fall back to
 * a key just after `before`, so a move never fails on rank math.
 */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && compareRanks(before, after) >= 0) {
    return generateKeyBetween(before, null);
  }
  return generateKeyBetween(before, after);
}

/** `n` evenly spread keys for a whole column: used by the rebalance and the seed. */
export function evenRanks(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}
