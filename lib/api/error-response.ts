// The one JSON error shape of every route handler ({ error: { code, message, fields? } }), in its
// own module so routes that do not use the session (the API-key event endpoint) can share it
// without pulling in next-auth.
import { isAppError } from "@/lib/errors/app-error";

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** A JSON error response: `code`, a message a person can act on, and the HTTP status. */
export function errorJson(code: string, message: string, status: number, headers?: Record<string, string>, fields?: Record<string, string>): Response {
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return Response.json(body, { status, headers });
}

/** AppError → its status and message; anything else → 500 without internals (logged here). */
export function errorResponse(error: unknown, headers?: Record<string, string>): Response {
  if (isAppError(error)) return errorJson(error.code, error.message, error.status, headers, error.details?.fields as Record<string, string> | undefined);
  console.error(error);
  return errorJson("INTERNAL", "Something went wrong on our side. Please try again.", 500, headers);
}
