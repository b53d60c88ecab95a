// The in-process scheduler started by instrumentation.ts: one tick every AUTOMATION_TICK_MS
// (default 30 s), never two at once in a process; any number of processes may run it against one
// PostgreSQL database (claims are compare-and-set, see claim-runs.ts). Each tick also cools the
// scores down when SCORE_REFRESH_MS (default 1 h) has passed since any instance last did.
import type { Db } from "@/lib/db-client";
import { mailerFromEnv, type Mailer } from "@/lib/email/create-mailer";
import { unavailableReason } from "@/lib/errors/database-unavailable";
import { logger } from "@/lib/log/logger";
import { beatStarted, beatStopped, beatTick } from "./heartbeat";
import { runSchedulerTick, type TickReport } from "./run-tick";

const log = logger.child({ component: "scheduler" });

/** A tick that did something is logged at info with its counts; an idle one at debug. */
function logTick(report: TickReport, durationMs: number): void {
  const busy = report.enqueued > 0 || Object.keys(report.executed).length > 0 || report.scores !== null;
  const entry = { enqueued: report.enqueued, executed: report.executed, scoresChanged: report.scores?.changed ?? null, durationMs: Math.round(durationMs) };
  if (busy) log.info(entry, "scheduler tick");
  else log.debug(entry, "scheduler tick");
}

export const DEFAULT_TICK_MS = 30_000;

export interface SchedulerHandle {
  stop(): void;
}

const globalForScheduler = globalThis as unknown as { voronkaScheduler?: SchedulerHandle };

export function tickIntervalFromEnv(value: string | undefined): number {
  const ms = Number(value);
  return Number.isFinite(ms) && ms >= 200 ? ms : DEFAULT_TICK_MS;
}

export function startScheduler(options: { db: Db; intervalMs: number; scoreRefreshMs?: number; mailer?: Mailer | null }): SchedulerHandle {
  if (globalForScheduler.voronkaScheduler) return globalForScheduler.voronkaScheduler;
  const mailer = options.mailer === undefined ? mailerFromEnv() : options.mailer;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const loop = async () => {
    const start = performance.now();
    beatTick("start");
    try {
      logTick(await runSchedulerTick({ db: options.db, mailer, scoreRefreshMs: options.scoreRefreshMs }), performance.now() - start);
    } catch (error) {
      const reason = unavailableReason(error);
      if (reason) log.warn({ reason }, "scheduler tick skipped: database unavailable");
      else log.error({ err: error }, "scheduler tick failed");
    }
    beatTick("end");
    if (!stopped) timer = setTimeout(loop, options.intervalMs);
  };
  // The first tick waits one interval: the server answers requests before automations run.
  timer = setTimeout(loop, options.intervalMs);
  beatStarted(options.intervalMs);
  log.info({ intervalMs: options.intervalMs, scoreRefreshMs: options.scoreRefreshMs ?? null }, "scheduler started");
  timer.unref?.();
  const handle: SchedulerHandle = {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      delete globalForScheduler.voronkaScheduler;
      beatStopped();
    },
  };
  globalForScheduler.voronkaScheduler = handle;
  return handle;
}
