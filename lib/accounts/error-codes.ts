// How the accounts screens word an error: every failure is turned into a message key under
// `accounts.errors` (lib/i18n/messages/*/accounts.json), never an English sentence from lib/.
// Shared by the server actions (form states) and the client dialogs (defineAction results).
import { passwordProblem } from "@/lib/validation/password";

export type AccountErrorCode =
  | "passwordTooShort"
  | "passwordTooLong"
  | "passwordMismatch"
  | "nameRequired"
  | "emailInvalid"
  | "emailTaken"
  | "wrongPassword"
  | "samePassword"
  | "currentRequired"
  | "setupDone"
  | "linkUsed"
  | "linkExpired"
  | "linkInvalid"
  | "rateLimited"
  | "userMissing"
  | "userInactive"
  | "inviteAccepted"
  | "ownPassword"
  | "forbidden"
  | "failed";

const BY_REASON: Record<string, AccountErrorCode> = {
  setup_done: "setupDone",
  wrong_password: "wrongPassword",
  same_password: "samePassword",
  email_taken: "emailTaken",
  link_used: "linkUsed",
  link_expired: "linkExpired",
  link_invalid: "linkInvalid",
  rate_limited: "rateLimited",
  user_missing: "userMissing",
  user_inactive: "userInactive",
  invite_accepted: "inviteAccepted",
  own_password: "ownPassword",
};

/** The message key of a field that failed validation, given what was typed into it. */
export function fieldErrorCode(field: string, value = ""): AccountErrorCode {
  if (field === "name") return "nameRequired";
  if (field === "email") return "emailInvalid";
  if (field === "currentPassword") return "currentRequired";
  if (field === "password" || field === "newPassword") return passwordProblem(value) === "tooLong" ? "passwordTooLong" : "passwordTooShort";
  return "failed";
}

export interface FailureLike {
  code: string;
  reason?: string;
  fields?: Record<string, string>;
}

/**
 * The keys for a failure: one per field that failed (for messages under the fields) and one for
 * the whole form. `values` are what was typed, to tell a short password from a long one.
 */
export function accountErrorCodes(failure: FailureLike, values: Record<string, string> = {}): { form?: AccountErrorCode; fields: Record<string, AccountErrorCode> } {
  const byReason = failure.reason ? BY_REASON[failure.reason] : undefined;
  const fields: Record<string, AccountErrorCode> = {};
  for (const field of Object.keys(failure.fields ?? {})) fields[field] = byReason ?? fieldErrorCode(field, values[field]);
  if (byReason && Object.keys(fields).length === 0) return { form: byReason, fields };
  if (Object.keys(fields).length > 0) return { fields };
  if (failure.code === "FORBIDDEN") return { form: "forbidden", fields };
  if (failure.code === "RATE_LIMITED") return { form: "rateLimited", fields };
  return { form: "failed", fields };
}
