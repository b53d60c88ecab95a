// Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at
// rank ceil(p/100 × n) (1-based). Its SQL twin (percentile-sql.ts) computes the same ranks with integer maths,
// so the database and this function agree exactly.

/** Nearest-rank percentile of unsorted values (null for none). */
export function percentileOf(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length - 1e-9));
  return sorted[Math.min(sorted.length, rank) - 1];
}
