import "server-only";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import { auth } from "./auth";
import type { Actor, Role } from "./permissions";
import { liveSessionUser, type LiveUser } from "./session-liveness";
import { authTimeOf } from "./session-validity";

export interface SessionUser extends Actor {
  email: string;
  name: string;
  locale: string;
}

/** The session's id ("sid" claim), when the token has one (tokens from before it existed do not). */
export function sessionIdOf(session: unknown): string | null {
  const sid = (session as { sid?: unknown } | null)?.sid;
  return typeof sid === "string" && sid.length > 0 ? sid : null;
}

/**
 * The signed-in, still active user of this request, or null. auth() runs next-auth's jwt callback,
 * which checks the session against the database on every read (lib/auth/session-liveness.ts: a
 * deactivated user, a signed-out session or a password changed since sign-in read as signed out)
 * and puts the user's current row on the session; so this needs no query of its own.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!session || !id) return null;
  // The callback could not reach the database: ask again, which throws while it is still out of
  // reach (the request answers 503) and answers as usual once it is back.
  const user = (session as { unverified?: boolean }).unverified
    ? await liveSessionUser({ uid: id, sid: sessionIdOf(session), authAt: authTimeOf(session) })
    : checkedUserOf(session.user);
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, locale: user.locale };
});

/** The user row the jwt callback put on a checked session (auth.config.ts's session callback). */
function checkedUserOf(user: unknown): LiveUser | null {
  const { id, email, name, role, locale } = (user ?? {}) as Record<string, unknown>;
  const strings = [id, email, name, role, locale].every((value) => typeof value === "string");
  return strings ? ({ id, email, name, role, locale } as LiveUser) : null;
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  return user;
}
