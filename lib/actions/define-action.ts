import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { logRequest, requestIdFrom, since } from "@/lib/log/request-log";
import { localizeError, validationError } from "@/lib/validation/validation-error";
import { toFailure, type ActionResult } from "./action-failure";

export { toFailure, validationError, type ActionResult };

/**
 * Wraps a server action: session check, zod parse, and error → { ok: false, error }, validation
 * messages with a key worded in the user's language.
 * The handler receives the parsed input and the signed-in user and checks the permission itself
 * (it often needs the resource, e.g. the deal's owner, to decide). Every call is logged as one
 * line: request id, user, the action's id, the status an HTTP answer would have had, duration.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const start = performance.now();
    const request = await requestHeaders();
    const requestId = requestIdFrom(request);
    let userId: string | null = null;
    let locale: string | undefined;
    let result: ActionResult<T>;
    try {
      const user = await requireUser();
      userId = user.id;
      locale = user.locale;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw validationError(parsed.error);
      result = { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      result = toFailure(localizeError(error, locale), logger.child({ requestId }));
    }
    const status = result.ok ? 200 : result.error.code === "INTERNAL" ? 500 : new AppError(result.error.code, "").status;
    logRequest({ requestId, method: "ACTION", route: request?.get("next-action") ?? "action", status, durationMs: since(start), userId });
    return result;
  };
}

/** The request's headers; none when called outside a request (tests, scripts). */
async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}
