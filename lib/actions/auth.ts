"use server";
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { z } from "zod";
import { auth, RateLimitedSignin, signIn, signOut } from "@/lib/auth/auth";
import { revokeToken } from "@/lib/auth/session-liveness";
import { authTimeOf } from "@/lib/auth/session-validity";
import { currentUser, sessionIdOf } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";

export interface SignInState {
  error?: "invalid" | "rate_limited" | "missing";
  email?: string;
  /** With "rate_limited": how long until this address may try this email again. */
  retryAfterSeconds?: number;
}

const signInSchema = z.object({ email: z.string().trim().min(1), password: z.string().min(1) });

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: form.get("password") });
  if (!parsed.success) return { error: "missing", email };
  const next = String(form.get("next") ?? "/");
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      // Only same-site paths: never redirect to another origin.
      redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/",
    });
    return {};
  } catch (error) {
    if (error instanceof RateLimitedSignin) {
      return { error: "rate_limited", email, retryAfterSeconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) };
    }
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { error: code === "rate_limited" ? "rate_limited" : "invalid", email };
    }
    // The redirect after a successful sign-in is thrown too: the credentials were right, so the
    // user's saved language can follow them to this browser.
    if (isRedirect(error)) await rememberLocale(parsed.data.email);
    throw error;
  }
}

function isRedirect(error: unknown): boolean {
  return typeof error === "object" && error !== null && String((error as { digest?: unknown }).digest).startsWith("NEXT_REDIRECT");
}

async function rememberLocale(email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { locale: true } });
  if (user && isLocale(user.locale)) {
    (await cookies()).set(LOCALE_COOKIE, user.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
}

/**
 * Signs out this browser session for good: its id is revoked first (a database failure fails the
 * sign-out instead of leaving a live token behind), then next-auth clears the cookie (and its
 * signOut event, lib/auth/auth.ts, finds the session already revoked).
 */
export async function signOutAction(): Promise<void> {
  const session = await auth();
  await revokeToken({ uid: session?.user?.id, sid: sessionIdOf(session), authAt: authTimeOf(session) });
  await signOut({ redirectTo: "/sign-in" });
}

/** Switches the UI language; remembered in a cookie and, when signed in, on the user. */
export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const user = await currentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
}
