// Next.js calls register() once when a server process starts. On SQLite it first claims the
// database file, so a second app process on the same file stops at once with a clear message
// (lib/db-instance-lock.ts). Then it starts the automation scheduler in the Node.js runtime (not
// in the edge runtime, not during `next build`).
// AUTOMATION_SCHEDULER=off disables it on an instance; AUTOMATION_TICK_MS sets the interval;
// SCORE_REFRESH_MS how often (at most, across instances) its ticks cool the scores down.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { claimAppInstanceOrExit } = await import("./lib/db-instance-lock");
  claimAppInstanceOrExit();
  if (process.env.AUTOMATION_SCHEDULER === "off") return;
  const [{ db }, { startScheduler, tickIntervalFromEnv }, { scoreRefreshIntervalFromEnv }] = await Promise.all([
    import("./lib/db"),
    import("./lib/scheduler/start-scheduler"),
    import("./lib/scheduler/refresh-scores-when-due"),
  ]);
  startScheduler({
    db,
    intervalMs: tickIntervalFromEnv(process.env.AUTOMATION_TICK_MS),
    scoreRefreshMs: scoreRefreshIntervalFromEnv(process.env.SCORE_REFRESH_MS),
  });
}
