// Next.js calls register() once when a server process starts (Node.js runtime only, not during
// `next build`). In production it first refuses to run with an unsafe configuration (a missing or
// published AUTH_SECRET, a DATABASE_URL of no known provider): one fatal log line, exit code 1.
// On SQLite it then claims the database file, so a second app process on the same file stops at
// once with a clear message (lib/db-instance-lock.ts). Then it starts the automation scheduler:
// AUTOMATION_SCHEDULER=off disables it on an instance; AUTOMATION_TICK_MS sets the interval;
// SCORE_REFRESH_MS how often (at most, across instances) its ticks cool the scores down.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Client addresses come from the socket or a proxy in TRUSTED_PROXIES, never from a header a
  // client wrote (lib/auth/client-ip.ts); an unreadable TRUSTED_PROXIES stops the server here.
  (await import("./lib/auth/client-ip-channel")).installClientIpChannel(process.env.TRUSTED_PROXIES);
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { enforceProductionConfig } = await import("./lib/config/enforce-production-config");
  enforceProductionConfig(process.env);
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

/** Errors Next catches while rendering pages (and in handlers it runs): one log line each. */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/log/request-error");
  logRequestError({ error, request, context });
}
