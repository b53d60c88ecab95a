// The one VALIDATION error every parse failure becomes (server actions, routes, domain functions):
// the first issue as the message, a message per field. Issues and errors with a message key
// (lib/i18n/validation-text.ts) are worded in English here and in the user's language by the
// action and route wrappers (localizeError).
import { z } from "zod";
import { AppError, isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import { keyedMessage, validationText, type KeyedMessage, type MessageValues, type ValidationKey } from "@/lib/i18n/validation-text";

interface KeyedDetails {
  fields?: Record<string, string>;
  /** Fields whose message has a key. */
  fieldKeys?: Record<string, KeyedMessage>;
  /** The message's key, and what comes before it ("title: "). */
  messageKey?: KeyedMessage & { prefix: string };
}

/** `fieldPrefix: false` leaves the field's name out of the message (forms that show it beside the field). */
export function validationError(error: z.ZodError, locale?: string, options: { fieldPrefix?: boolean } = {}): AppError {
  const details: Required<Pick<KeyedDetails, "fields" | "fieldKeys">> & KeyedDetails = { fields: {}, fieldKeys: {} };
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    if (key in details.fields) continue;
    details.fields[key] = issue.message;
    const keyed = issue.code === "custom" ? keyedMessage(issue.params) : null;
    if (keyed) details.fieldKeys[key] = keyed;
  }
  const first = error.issues[0];
  const where = first?.path.length && options.fieldPrefix !== false ? `${first.path.join(".")}: ` : "";
  const firstKey = first ? details.fieldKeys[first.path.join(".") || "_"] : undefined;
  if (firstKey) details.messageKey = { ...firstKey, prefix: where };
  return localizeError(new AppError("VALIDATION", `${where}${first?.message ?? "Invalid input"}`, { ...details }), locale) as AppError;
}

/** Parses input inside a domain function (called from actions, routes and tests alike). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw validationError(parsed.error);
}

/** A domain error whose message has a key; `field` names the input it is about. */
export function keyedError(code: AppErrorCode, key: ValidationKey, options: { field?: string; values?: MessageValues } = {}): AppError {
  const message = validationText("en", key, options.values);
  const keyed: KeyedMessage = { messageKey: key, values: options.values };
  const details: KeyedDetails = { messageKey: { ...keyed, prefix: "" } };
  if (options.field) Object.assign(details, { fields: { [options.field]: message }, fieldKeys: { [options.field]: keyed } });
  return new AppError(code, message, { ...details });
}

/** The error with its keyed messages worded in `locale`; anything else unchanged. */
export function localizeError(error: unknown, locale: string | undefined): unknown {
  if (!isAppError(error) || !error.details) return error;
  const details = error.details as KeyedDetails;
  if (!details.messageKey && !details.fieldKeys) return error;
  const fields = details.fields ? { ...details.fields } : undefined;
  for (const [field, keyed] of Object.entries(details.fieldKeys ?? {})) if (fields) fields[field] = validationText(locale, keyed.messageKey, keyed.values);
  const message = details.messageKey
    ? details.messageKey.prefix + validationText(locale, details.messageKey.messageKey, details.messageKey.values)
    : error.message;
  return new AppError(error.code, message, { ...error.details, fields });
}
