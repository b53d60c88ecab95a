import "server-only";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { AppError, isAppError, type AppErrorCode } from "@/lib/errors/app-error";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: AppErrorCode | "INTERNAL"; message: string; fields?: Record<string, string>; params?: Record<string, unknown> } };

/**
 * Wraps a server action: session check, zod parse, and error → { ok: false, error }.
 * The handler receives the parsed input and the signed-in user and checks the permission itself
 * (it often needs the resource, e.g. the deal's owner, to decide).
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const user = await requireUser();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw validationError(parsed.error);
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      return toFailure(error);
    }
  };
}

export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  return new AppError("VALIDATION", `${where}${first?.message ?? "Invalid input"}`, { fields });
}

export function toFailure(error: unknown): ActionResult<never> {
  if (isAppError(error)) {
    const fields = error.details?.fields as Record<string, string> | undefined;
    // Parameters the screen words the error with in the user's language (e.g. a conflict's changes).
    const params = error.details?.params as Record<string, unknown> | undefined;
    return { ok: false, error: { code: error.code, message: error.message, ...(fields ? { fields } : {}), ...(params ? { params } : {}) } };
  }
  console.error(error);
  return { ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } };
}
