import { z } from "zod";

/** The one password rule, wherever a password is chosen (first admin, new user, change, reset). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters`)
  .refine((value) => value.trim().length >= PASSWORD_MIN, `At least ${PASSWORD_MIN} characters besides spaces`);

/** Which rule a password breaks, for the forms to word it in the user's language (null: none). */
export function passwordProblem(value: string): "tooShort" | "tooLong" | null {
  if (value.length > PASSWORD_MAX) return "tooLong";
  return value.trim().length < PASSWORD_MIN ? "tooShort" : null;
}
