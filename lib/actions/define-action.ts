import "server-only";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import { localizeError, validationError } from "@/lib/validation/validation-error";

export { validationError };

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: AppErrorCode | "INTERNAL"; message: string; fields?: Record<string, string>; reason?: string } };

/**
 * Wraps a server action: session check, zod parse, and error → { ok: false, error }, validation
 * messages with a key worded in the user's language.
 * The handler receives the parsed input and the signed-in user and checks the permission itself
 * (it often needs the resource, e.g. the deal's owner, to decide).
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    let locale: string | undefined;
    try {
      const user = await requireUser();
      locale = user.locale;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw validationError(parsed.error);
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      return toFailure(localizeError(error, locale));
    }
  };
}

export function toFailure(error: unknown): ActionResult<never> {
  if (isAppError(error)) {
    const fields = error.details?.fields as Record<string, string> | undefined;
    // A stable code for the UI to word the error in the user's language (e.g. "wrong_password").
    const reason = typeof error.details?.reason === "string" ? error.details.reason : undefined;
    return { ok: false, error: { code: error.code, message: error.message, ...(fields ? { fields } : {}), ...(reason ? { reason } : {}) } };
  }
  console.error(error);
  return { ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } };
}
