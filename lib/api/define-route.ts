import "server-only";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { localizeError, validationError } from "@/lib/validation/validation-error";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { logRequest, requestIdFrom, since } from "@/lib/log/request-log";
import { checkSameOrigin, isJsonContentType } from "@/lib/security/same-origin";
import { errorJson, errorResponse } from "./error-response";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a JSON route handler signed in by the session cookie: same-origin and JSON checks (the
 * cookie rides along on forged cross-site requests too), session check, JSON body parsed with the
 * schema (path params merged in), AppError → its HTTP status, the database out of reach → 503
 * with Retry-After, anything else → 500 without internals. The handler checks the permission
 * itself, as server actions do. Every request is logged as one line (request id, user, route,
 * status, duration) and answered with its X-Request-Id.
 */
export function defineSessionRoute<P extends Record<string, string>, S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser) => Promise<T>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const start = performance.now();
    const requestId = requestIdFrom(request.headers);
    const log = logger.child({ requestId });
    let userId: string | null = null;
    let response: Response;
    const origin = checkSameOrigin(request.headers);
    if (!origin.ok) response = errorJson("CROSS_ORIGIN", origin.reason, 403);
    else if (!isJsonContentType(request.headers)) {
      response = errorJson("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).", 415);
    } else {
      let locale: string | undefined;
      try {
        const user = await requireUser();
        userId = user.id;
        locale = user.locale;
        let body: unknown;
        try {
          body = await request.json();
        } catch {
          throw new AppError("VALIDATION", "The request body must be a JSON object.");
        }
        if (typeof body !== "object" || body === null || Array.isArray(body)) {
          throw new AppError("VALIDATION", "The request body must be a JSON object.");
        }
        const parsed = schema.safeParse({ ...body, ...(await context.params) });
        if (!parsed.success) throw validationError(parsed.error);
        response = Response.json(await handler(parsed.data, user));
      } catch (error) {
        response = errorResponse(localizeError(error, locale), undefined, log);
      }
    }
    response.headers.set("X-Request-Id", requestId);
    logRequest({ requestId, method: request.method, route: new URL(request.url).pathname, status: response.status, durationMs: since(start), userId });
    return response;
  };
}
