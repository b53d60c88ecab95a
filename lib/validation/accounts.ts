import { z } from "zod";
import { PASSWORD_MAX, passwordSchema } from "./password";
import { ROLES } from "./settings";

// Inputs of the accounts screens (first admin, password change and reset, invitations), shared
// by the forms, the server actions, the lib functions and `npm run user:create`.

export const emailSchema = z.string({ error: "Enter an email address" }).trim().toLowerCase().max(200, "At most 200 characters").pipe(z.email("Enter a valid email address"));
export const personNameSchema = z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(120, "At most 120 characters");
export const localeSchema = z.enum(["en", "ru"]).default("en");

export const firstAdminSchema = z.object({ name: personNameSchema, email: emailSchema, password: passwordSchema, locale: localeSchema });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(PASSWORD_MAX),
  newPassword: passwordSchema,
});

export const inviteUserSchema = z.object({ name: personNameSchema, email: emailSchema, role: z.enum(ROLES), locale: localeSchema });
export const userIdSchema = z.object({ id: z.string().trim().min(1).max(64) });
export const setUserPasswordSchema = z.object({ id: z.string().trim().min(1).max(64), password: passwordSchema });
export const forgotPasswordSchema = z.object({ email: z.string().trim().toLowerCase().max(200) });

/** The secret of an emailed link: 32 random bytes, base64url (43 characters). */
export const tokenSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{43}$/, "Not a valid link");
export const setPasswordWithTokenSchema = z.object({ token: tokenSchema, password: passwordSchema });
