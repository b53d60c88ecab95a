// Next.js calls register() once when a server process starts. It starts the automation
// scheduler in the Node.js runtime (not in the edge runtime, not during `next build`).
// AUTOMATION_SCHEDULER=off disables it on an instance; AUTOMATION_TICK_MS sets the interval;
// SCORE_REFRESH_MS how often (at most, across instances) its ticks cool the scores down.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Client addresses come from the socket or a proxy in TRUSTED_PROXIES, never from a header a
  // client wrote (lib/auth/client-ip.ts); an unreadable TRUSTED_PROXIES stops the server here.
  (await import("./lib/auth/client-ip-channel")).installClientIpChannel(process.env.TRUSTED_PROXIES);
  if (process.env.NEXT_PHASE === "phase-production-build") return;
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
