// Logs an error Next caught while rendering a page or running a handler (instrumentation.ts,
// onRequestError). Pages have no per-request line (see request-log.ts), so this is where their
// failures show: route pattern, path without its query, the request id a reverse proxy sent, and
// the digest the error page shows the user. The database out of reach is a warning with its
// reason; anything else an error with its stack.
import { unavailableReason } from "@/lib/errors/database-unavailable";
import { logger } from "./logger";

export function logRequestError(options: {
  error: unknown;
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> };
  context: { routePath: string; routeType: string };
}): void {
  const { error, request, context } = options;
  const incoming = request.headers["x-request-id"];
  const entry = {
    requestId: typeof incoming === "string" ? incoming.slice(0, 128) : undefined,
    method: request.method,
    route: context.routePath,
    path: request.path.split("?")[0],
    routeType: context.routeType,
    digest: (error as { digest?: unknown })?.digest,
  };
  const reason = unavailableReason(error);
  if (reason) logger.warn({ ...entry, reason }, "database unavailable");
  else logger.error({ ...entry, err: error }, "request failed");
}
