// One scheduler tick: find new trigger facts and enqueue runs, then claim due runs and execute
// their current step, a few rounds so chains with no delay finish in one tick. Everything it
// needs is in the database, so any instance (or a restarted one) can run any tick.
import type { Db } from "@/lib/db-client";
import { LEASE_MS } from "@/lib/automations/chain";
import type { Mailer } from "@/lib/email/create-mailer";
import { claimRuns } from "./claim-runs";
import { executeRun } from "./execute-run";
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
}

export interface TickReport {
  enqueued: number;
  executed: Record<string, number>;
}

export async function runSchedulerTick(options: TickOptions): Promise<TickReport> {
  const { db, mailer } = options;
  const now = options.now ?? new Date();
  const report: TickReport = { enqueued: await scanTriggers(db, now), executed: {} };
  for (let round = 0; round < (options.rounds ?? 5); round++) {
    const claimed = await claimRuns(db, { now, limit: options.batch ?? 25, leaseMs: options.leaseMs ?? LEASE_MS });
    if (claimed.length === 0) break;
    for (const run of claimed) {
      let status: string;
      try {
        status = await executeRun(db, run, { now, mailer });
      } catch (error) {
        // Left RUNNING: the lease expires and the run is tried again (by any instance).
        console.error(`[automations] run ${run.id} step ${run.step} failed unexpectedly`, error);
        status = "error";
      }
      report.executed[status] = (report.executed[status] ?? 0) + 1;
    }
  }
  return report;
}
