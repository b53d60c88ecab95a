// One JSON line per request handled by the app's own wrappers (route handlers through
// defineSessionRoute and the event endpoint, server actions through defineAction): request id,
// user, route, status and duration. Pages are rendered by Next and have no such line (Next 16
// offers no hook that sees a page's final status); their errors are logged by onRequestError in
// instrumentation.ts, and the reverse proxy's access log covers page traffic.
import { randomUUID } from "node:crypto";
import { logger as rootLogger, type Logger } from "./logger";

const INCOMING_ID = /^[\w.:-]{1,128}$/;

/** The request id a reverse proxy sent in X-Request-Id (when it looks like one), or a new one. */
export function requestIdFrom(headers: Pick<Headers, "get"> | null | undefined): string {
  const incoming = headers?.get("x-request-id");
  return incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}

export interface RequestLogFields {
  requestId: string;
  method: string;
  /** The path without its query string (which may carry search terms). */
  route: string;
  status: number;
  durationMs: number;
  userId?: string | null;
  [extra: string]: unknown;
}

export function logRequest(fields: RequestLogFields, log: Logger = rootLogger): void {
  const entry = { ...fields, durationMs: Math.round(fields.durationMs * 10) / 10 };
  if (fields.status >= 500) log.error(entry, "request");
  else log.info(entry, "request");
}

/** Milliseconds since a performance.now() reading. */
export const since = (start: number) => performance.now() - start;
