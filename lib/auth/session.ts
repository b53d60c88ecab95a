import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { auth } from "./auth";
import type { Actor, Role } from "./permissions";
import { authTimeOf, signedInSinceValidFrom } from "./session-validity";

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
 * The signed-in, still active user of this request, or null. Reads the user row on every request
 * (one indexed lookup) so a deactivated user or a changed role takes effect at once, and refuses
 * a session that was signed out (its cookie may come back from a request that was in flight).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const sid = sessionIdOf(session);
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      active: true,
      sessionsValidFrom: true,
      // A token without a sid matches no revoked row.
      revokedSessions: { where: { sid: sid ?? "" }, select: { sid: true } },
    },
  });
  if (!user || !user.active) return null;
  if (user.revokedSessions.length > 0) return null;
  // Signed in before the password last changed.
  if (!signedInSinceValidFrom({ sessionsValidFrom: user.sessionsValidFrom, authAt: authTimeOf(session) })) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, locale: user.locale };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  return user;
}
