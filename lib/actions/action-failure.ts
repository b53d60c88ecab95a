// What a server action answers when it fails, apart from defineAction (which needs the session)
// so it can be tested on its own: an AppError as it is, the database out of reach as
// SERVICE_UNAVAILABLE, anything else as INTERNAL without internals (logged with its stack).
import { knownError } from "@/lib/api/error-response";
import type { AppErrorCode } from "@/lib/errors/app-error";
import { logger, type Logger } from "@/lib/log/logger";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: AppErrorCode | "INTERNAL"; message: string; fields?: Record<string, string>; reason?: string; params?: Record<string, unknown> } };

export function toFailure(error: unknown, log: Logger = logger): ActionResult<never> {
  const known = knownError(error, log);
  if (known) {
    const fields = known.details?.fields as Record<string, string> | undefined;
    // A stable code for the UI to word the error in the user's language (e.g. "wrong_password").
    const reason = typeof known.details?.reason === "string" ? known.details.reason : undefined;
    // Parameters the screen words the error with in the user's language (e.g. a conflict's changes).
    const params = known.details?.params as Record<string, unknown> | undefined;
    return { ok: false, error: { code: known.code, message: known.message, ...(fields ? { fields } : {}), ...(reason ? { reason } : {}), ...(params ? { params } : {}) } };
  }
  log.error({ err: error }, "unexpected error");
  return { ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } };
}
