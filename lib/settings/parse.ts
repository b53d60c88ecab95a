import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/** Parses a settings input; bad input → AppError VALIDATION with a message per field. */
export function parseSettingsInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  const first = parsed.error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  throw new AppError("VALIDATION", `${where}${first?.message ?? "Invalid input"}`, { fields });
}

/** The new order must name exactly the rows that exist, each once. */
export function assertSameSet(existing: readonly string[], ordered: readonly string[], what: string): void {
  const want = new Set(existing);
  if (ordered.length !== want.size || new Set(ordered).size !== ordered.length || ordered.some((id) => !want.has(id))) {
    throw new AppError("CONFLICT", `The list of ${what} changed meanwhile. Reload and try again.`);
  }
}
