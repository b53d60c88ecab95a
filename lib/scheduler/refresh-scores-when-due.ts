// Scores cool down even when nothing happens (refreshScores decays every score to now), so the
// scheduler runs that job, at most once per SCORE_REFRESH_MS across all instances. The time of
// the last run is a watermark in Setting: an instance runs the job only after moving it from the
// value it read to now with a compare-and-set (watermark.ts), so of several instances ticking
// at once exactly one wins the interval. The mark is moved before the job runs: a job that fails
// or whose process dies is tried again one interval later (cooling is idempotent). The very first
// tick of a database only starts the clock: scores fresh from ingest or the seed need no cooling,
// and a server that just started (a browser test run) does not rewrite scores under its tests.
import type { Db } from "@/lib/db-client";
import { refreshScores } from "@/lib/scoring/refresh-scores";
import { advanceWatermark, readWatermark } from "./watermark";

export const SCORE_REFRESH_KEY = "scoring.refresh.lastRun";
export const DEFAULT_SCORE_REFRESH_MS = 3_600_000;
const MIN_SCORE_REFRESH_MS = 1000;

export function scoreRefreshIntervalFromEnv(value: string | undefined): number {
  const ms = Number(value);
  return value && Number.isFinite(ms) && ms >= MIN_SCORE_REFRESH_MS ? ms : DEFAULT_SCORE_REFRESH_MS;
}

/**
 * Runs refreshScores when the last run (by any instance) is at least `intervalMs` before `now`.
 * Returns how many people changed, or null when it was not due or another instance took it.
 */
export async function refreshScoresWhenDue(db: Db, options: { now: Date; intervalMs: number }): Promise<{ changed: number } | null> {
  const { now, intervalMs } = options;
  const mark = await readWatermark(db, SCORE_REFRESH_KEY);
  if (mark.at && now.getTime() - mark.at.getTime() < intervalMs) return null;
  // The watermark's id names the job (it has no "last row read").
  const claimed = await advanceWatermark(db, mark, { at: now, id: "refreshScores", partial: false });
  if (!claimed || !mark.at) return null;
  return refreshScores({ db, now });
}
