import "server-only";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { localizeError, validationError } from "@/lib/validation/validation-error";
import { AppError } from "@/lib/errors/app-error";
import { checkSameOrigin, isJsonContentType } from "@/lib/security/same-origin";
import { errorJson, errorResponse } from "./error-response";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a JSON route handler signed in by the session cookie: same-origin and JSON checks (the
 * cookie rides along on forged cross-site requests too), session check, JSON body parsed with the
 * schema (path params merged in), AppError → its HTTP status, anything else → 500 without
 * internals. The handler checks the permission itself, as server actions do.
 */
export function defineSessionRoute<P extends Record<string, string>, S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser) => Promise<T>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const origin = checkSameOrigin(request.headers);
    if (!origin.ok) return errorJson("CROSS_ORIGIN", origin.reason, 403);
    if (!isJsonContentType(request.headers)) {
      return errorJson("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).", 415);
    }
    let locale: string | undefined;
    try {
      const user = await requireUser();
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
      return Response.json(await handler(parsed.data, user));
    } catch (error) {
      return errorResponse(localizeError(error, locale));
    }
  };
}
