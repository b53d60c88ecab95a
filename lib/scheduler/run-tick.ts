// One scheduler tick: find new trigger facts and enqueue runs, then claim due runs and execute
// their current step, a few rounds so chains with no delay finish in one tick; last, when due,
// cool the scores down (at most once per scoreRefreshMs across instances). Everything it needs
// is in the database, so any instance (or a restarted one) can run any tick.
import type { Db } from "@/lib/db-client";
import { LEASE_MS } from "@/lib/automations/chain";
import type { Mailer } from "@/lib/email/create-mailer";
import { logger } from "@/lib/log/logger";
import { claimRuns } from "./claim-runs";
import { executeRun } from "./execute-run";
import { DEFAULT_SCORE_REFRESH_MS, refreshScoresWhenDue } from "./refresh-scores-when-due";
import { scanTriggers } from "./scan-triggers";

export interface TickOptions {
  db: Db;
  /** The scheduler's clock; tests move it instead of waiting. */
  now?: Date;
  mailer: Mailer | null;
  /** Runs claimed per round. */
  batch?: number;
  rounds?: number;
  leaseMs?: number;
  /** Scores are refreshed (decayed to now) at most this often across all instances. */
  scoreRefreshMs?: number;
}

export interface TickReport {
  enqueued: number;
  executed: Record<string, number>;
  /** People whose score or temperature the refresh changed; null when it was not this tick's turn. */
  scores: { changed: number } | null;
}

export async function runSchedulerTick(options: TickOptions): Promise<TickReport> {
  const { db, mailer } = options;
  const now = options.now ?? new Date();
  const report: TickReport = { enqueued: await scanTriggers(db, now), executed: {}, scores: null };
  for (let round = 0; round < (options.rounds ?? 5); round++) {
    const claimed = await claimRuns(db, { now, limit: options.batch ?? 25, leaseMs: options.leaseMs ?? LEASE_MS });
    if (claimed.length === 0) break;
    for (const run of claimed) {
      let status: string;
      try {
        status = await executeRun(db, run, { now, mailer });
      } catch (error) {
        // Left RUNNING: the lease expires and the run is tried again (by any instance).
        logger.error({ component: "scheduler", runId: run.id, step: run.step, err: error }, "automation step failed unexpectedly");
        status = "error";
      }
      report.executed[status] = (report.executed[status] ?? 0) + 1;
    }
  }
  // After the automations: a long refresh never delays a due step.
  try {
    report.scores = await refreshScoresWhenDue(db, { now, intervalMs: options.scoreRefreshMs ?? DEFAULT_SCORE_REFRESH_MS });
  } catch (error) {
    // The interval was taken: the next try is one interval later, on any instance.
    logger.error({ component: "scheduler", err: error }, "score refresh failed");
  }
  return report;
}
