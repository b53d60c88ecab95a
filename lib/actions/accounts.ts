"use server";
// Server actions of the accounts screens. The public ones (first admin, forgot password, set a
// password from a link) are form actions with their own state; each lib function refuses on
// its own terms (a first admin once users exist, a used or expired link), however it is called.
// Errors come back as message keys (lib/accounts/error-codes.ts), worded by the forms.
import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { signIn, signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { mailerFromEnv } from "@/lib/email/create-mailer";
import { appOrigin } from "@/lib/accounts/app-origin";
import { accountErrorCodes, type AccountErrorCode } from "@/lib/accounts/error-codes";
import { createFirstAdmin } from "@/lib/accounts/create-first-admin";
import { changePassword } from "@/lib/accounts/change-password";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { deliverAccountEmail } from "@/lib/accounts/account-email";
import { setPasswordWithToken } from "@/lib/accounts/set-password-with-token";
import { inviteUser } from "@/lib/accounts/invite-user";
import { sendAccountLink } from "@/lib/accounts/send-account-link";
import { setUserPassword } from "@/lib/accounts/set-user-password";
import { inviteUserSchema, setUserPasswordSchema, userIdSchema } from "@/lib/validation/accounts";
import { defineAction } from "./define-action";

export interface AccountFormState {
  error?: AccountErrorCode;
  fields?: Record<string, AccountErrorCode>;
  /** What was typed (never passwords), to fill the form again. */
  values?: Record<string, string>;
  /** Forgot password: the address the answer talks about. */
  sentTo?: string;
}

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

function failure(error: unknown, typed: Record<string, string>, values: Record<string, string>): AccountFormState {
  if (!isAppError(error)) {
    console.error(error);
    return { error: "failed", values };
  }
  const fields = error.details?.fields as Record<string, string> | undefined;
  const reason = typeof error.details?.reason === "string" ? error.details.reason : undefined;
  const codes = accountErrorCodes({ code: error.code, reason, fields }, typed);
  return { error: codes.form, fields: codes.fields, values };
}

const mismatch = (values: Record<string, string>, field = "confirm"): AccountFormState => ({ fields: { [field]: "passwordMismatch" }, values });

/** /setup: creates the first admin, then signs them in. */
export async function createFirstAdminAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const input = { name: text(form, "name"), email: text(form, "email"), password: text(form, "password"), locale: text(form, "locale") === "ru" ? ("ru" as const) : ("en" as const) };
  const values = { name: input.name, email: input.email, locale: input.locale };
  if (input.password !== text(form, "confirm")) return mismatch(values);
  try {
    await createFirstAdmin({ input });
  } catch (error) {
    return failure(error, { password: input.password }, values);
  }
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in");
    throw error; // the redirect after signing in
  }
  return {};
}

/** /forgot-password: the same answer whether or not the address has an account. */
export async function requestPasswordResetAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const email = text(form, "email").trim();
  if (!email) return { fields: { email: "emailInvalid" } };
  const mailer = mailerFromEnv();
  const queued = await requestPasswordReset({ input: { email }, origin: appOrigin(await headers()), smtp: mailer !== null });
  // Sent after the answer, so an address with an account does not answer slower than one without.
  if (queued) after(() => deliverAccountEmail({ id: queued.emailId, mailer, secret: queued.secret }).then(() => undefined));
  return { sentTo: email };
}

/** /set-password?token=…: invitation or reset; then off to sign in with the new password. */
export async function setPasswordWithTokenAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const password = text(form, "password");
  if (password !== text(form, "confirm")) return mismatch({});
  let result: Awaited<ReturnType<typeof setPasswordWithToken>>;
  try {
    result = await setPasswordWithToken({ input: { token: text(form, "token"), password } });
  } catch (error) {
    return failure(error, { password }, {});
  }
  const notice = result.kind === "INVITE" ? "invitationAccepted" : "passwordSet";
  redirect(`/sign-in?${new URLSearchParams({ notice, email: result.email })}`);
}

/** /account: the user's own password; every session ends, this one too. */
export async function changePasswordAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const newPassword = text(form, "newPassword");
  if (newPassword !== text(form, "confirm")) return mismatch({});
  try {
    const user = await requireUser();
    await changePassword({ actor: user, input: { currentPassword: text(form, "currentPassword"), newPassword } });
  } catch (error) {
    if (isAppError(error) && error.code === "UNAUTHENTICATED") redirect("/sign-in");
    return failure(error, { newPassword }, {});
  }
  await signOut({ redirectTo: "/sign-in?notice=passwordChanged" });
  return {};
}

// Settings → Users (admins; each lib function checks settings.manage).
const origin = async () => appOrigin(await headers());
const revalidateUsers = () => {
  revalidatePath("/settings/users");
  revalidatePath("/settings/outbox");
};

export const inviteUserAction = defineAction(inviteUserSchema, async (input, user) => {
  const result = await inviteUser({ actor: user, input, origin: await origin() });
  revalidateUsers();
  return result;
});
export const resendInvitationAction = defineAction(userIdSchema, async (input, user) => {
  const result = await sendAccountLink({ actor: user, kind: "INVITE", input, origin: await origin() });
  revalidateUsers();
  return result;
});
export const sendResetLinkAction = defineAction(userIdSchema, async (input, user) => {
  const result = await sendAccountLink({ actor: user, kind: "RESET", input, origin: await origin() });
  revalidateUsers();
  return result;
});
export const setUserPasswordAction = defineAction(setUserPasswordSchema, async (input, user) => {
  await setUserPassword({ actor: user, input });
  revalidateUsers();
  return { id: input.id };
});
