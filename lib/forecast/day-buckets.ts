// Durations in days are grouped into buckets so the SQL returns histograms, not rows: single days
// for the first two weeks, then weeks to 8 weeks, then 4-week steps to a year, then half years.
// The SQL twin is day-buckets-sql.ts; both must agree.
export const MAX_BUCKET = 728;

/** The lower bound (days) of the bucket holding `days` (negative durations count as 0). */
export function dayBucket(days: number): number {
  const d = Math.max(0, days);
  if (d < 14) return Math.floor(d);
  if (d < 56) return 14 + Math.floor((d - 14) / 7) * 7;
  if (d < 364) return 56 + Math.floor((d - 56) / 28) * 28;
  return Math.min(MAX_BUCKET, 364 + Math.floor((d - 364) / 182) * 182);
}

/** Every bucket's lower bound (days), ascending: 0, 1, …, 13, 14, 21, …, 49, 56, 84, …, 336, 364, 546, 728. */
export function bucketLowerBounds(): number[] {
  const bounds: number[] = [];
  for (let b = 0; b <= MAX_BUCKET; b += bucketWidth(b)) bounds.push(b);
  return bounds;
}

/** The width (days) of the bucket starting at `bucket`. */
export function bucketWidth(bucket: number): number {
  if (bucket < 14) return 1;
  if (bucket < 56) return 7;
  if (bucket < 364) return 28;
  return 182;
}

/** The duration a bucket stands for in the maths: its middle. */
export function bucketMiddle(bucket: number): number {
  return bucket + bucketWidth(bucket) / 2;
}
