import "server-only";
// The one check of a session against the database, made by next-auth's jwt callback
// (lib/auth/auth.ts) each time the server reads a session: pages, server actions, REST routes and
// next-auth's own GET /api/auth/session. A signed-out (revoked) session, a deactivated user, a
// session signed in before the password last changed, a token without a session id or sign-in
// time (issued before those claims existed) and a session past its absolute end all read as
// signed out, and next-auth clears their cookie where it can. The live user's row is copied onto
// the token, so currentUser (session.ts) reads it from there without a second query.
//
// The end is absolute (sign-in + maxAge), not sliding: proxy.ts re-signs the cookie on every
// request without a database, so a revoked token could otherwise be kept fresh past the day its
// RevokedSession row is deleted. Rows are kept until that end (revokeSession's expiresAt).
import { db } from "@/lib/db";
import { authConfig } from "./auth.config";
import { revokeSession } from "./revoked-sessions";
import { authTimeOf, signedInSinceValidFrom } from "./session-validity";

export const SESSION_MAX_AGE_MS = authConfig.session.maxAge * 1000;

/** The claims read here ("uid", "sid", "authAt"); a decoded JWT or next-auth's session object. */
type SessionClaims = Record<string, unknown>;

/** The user row a live session carries (token claims, then session.user). */
export interface LiveUser {
  id: string;
  email: string;
  name: string;
  role: string;
  locale: string;
}

/** The absolute end of a session from its sign-in time ("authAt" claim), or null without one. */
function sessionEndOf(claims: SessionClaims | null | undefined): Date | null {
  const authAt = authTimeOf(claims);
  return authAt === null ? null : new Date(authAt + SESSION_MAX_AGE_MS);
}

/**
 * One indexed query: the session's user if it exists, is active, has not signed this session out
 * and has not changed the password since it signed in; else null. Throws what the database
 * throws (the caller decides what an outage means).
 */
export async function liveSessionUser(claims: SessionClaims | null | undefined, now = new Date()): Promise<LiveUser | null> {
  const uid = claims?.uid;
  const sid = claims?.sid;
  const end = sessionEndOf(claims);
  if (typeof uid !== "string" || !uid || typeof sid !== "string" || !sid || !end || end <= now) return null;
  const user = await db.user.findFirst({
    where: { id: uid, active: true, revokedSessions: { none: { sid } } },
    select: { id: true, email: true, name: true, role: true, locale: true, sessionsValidFrom: true },
  });
  if (!user || !signedInSinceValidFrom({ sessionsValidFrom: user.sessionsValidFrom, authAt: authTimeOf(claims) })) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

/** Revokes the session the claims belong to (the decoded token of next-auth's signOut event, or signOutAction's session). */
export async function revokeToken(token: SessionClaims | null | undefined): Promise<boolean> {
  const uid = token?.uid;
  const sid = token?.sid;
  const end = sessionEndOf(token);
  if (typeof uid !== "string" || !uid || typeof sid !== "string" || !sid || !end) return false;
  await revokeSession({ sid, userId: uid, expiresAt: end });
  return true;
}
