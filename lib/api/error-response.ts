// The one JSON error shape of every route handler ({ error: { code, message, fields? } }), in its
// own module so routes that do not use the session (the API-key event endpoint) can share it
// without pulling in next-auth.
import { isAppError, type AppError } from "@/lib/errors/app-error";
import { RETRY_AFTER_SECONDS, serviceUnavailable, unavailableReason } from "@/lib/errors/database-unavailable";
import { logger, type Logger } from "@/lib/log/logger";

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** A JSON error response: `code`, a message a person can act on, and the HTTP status. */
export function errorJson(code: string, message: string, status: number, headers?: Record<string, string>, fields?: Record<string, string>): Response {
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return Response.json(body, { status, headers });
}

/**
 * The AppError to answer with: an AppError as it is; the database out of reach →
 * SERVICE_UNAVAILABLE (logged as a warning); anything else → null (an unexpected error, logged
 * with its stack by the caller's path).
 */
export function knownError(error: unknown, log: Logger = logger): AppError | null {
  if (isAppError(error)) return error;
  const reason = unavailableReason(error);
  if (reason) {
    // The reason only: a driver error's text may quote query arguments.
    log.warn({ reason }, "database unavailable");
    return serviceUnavailable();
  }
  return null;
}

/**
 * AppError → its status and message; the database out of reach → 503 with Retry-After;
 * anything else → 500 without internals (logged here, with the caller's request id).
 */
export function errorResponse(error: unknown, headers?: Record<string, string>, log: Logger = logger): Response {
  const known = knownError(error, log);
  if (known) {
    const retry: Record<string, string> = known.code === "SERVICE_UNAVAILABLE" ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {};
    return errorJson(known.code, known.message, known.status, { ...headers, ...retry }, known.details?.fields as Record<string, string> | undefined);
  }
  log.error({ err: error }, "unexpected error");
  return errorJson("INTERNAL", "Something went wrong on our side. Please try again.", 500, headers);
}
