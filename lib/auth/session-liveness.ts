import "server-only";
// Whether a session token may still be used, asked by next-auth's jwt callback (lib/auth/auth.ts)
// each time the server reads a session: pages, server actions, REST routes and next-auth's own
// GET /api/auth/session. A signed-out (revoked) session, a deactivated user, a token without a
// session id or sign-in time (issued before those claims existed) and a session past its
// absolute end all read as signed out, and next-auth clears their cookie where it can.
//
// The end is absolute (sign-in + maxAge), not sliding: proxy.ts re-signs the cookie on every
// request without a database, so a revoked token could otherwise be kept fresh past the day its
// RevokedSession row is deleted. Rows are kept until that end (revokeSession's expiresAt).
import { db } from "@/lib/db";
import { authConfig } from "./auth.config";
import { revokeSession } from "./revoked-sessions";

export const SESSION_MAX_AGE_MS = authConfig.session.maxAge * 1000;

/** The claims read here ("uid", "sid", "authAt"); a decoded JWT or next-auth's session object. */
type SessionClaims = Record<string, unknown>;

/** The absolute end of a session from its sign-in time ("authAt" claim), or null without one. */
export function sessionEndOf(claims: SessionClaims | null | undefined): Date | null {
  const authAt = claims?.authAt;
  return typeof authAt === "number" && Number.isFinite(authAt) ? new Date(authAt + SESSION_MAX_AGE_MS) : null;
}

/** One indexed query: the user exists, is active, and has not signed this session out. */
export async function isSessionLive(token: SessionClaims | null | undefined, now = new Date()): Promise<boolean> {
  const uid = token?.uid;
  const sid = token?.sid;
  const end = sessionEndOf(token);
  if (typeof uid !== "string" || !uid || typeof sid !== "string" || !sid || !end || end <= now) return false;
  const user = await db.user.findFirst({
    where: { id: uid, active: true, revokedSessions: { none: { sid } } },
    select: { id: true },
  });
  return user !== null;
}

/** Revokes the session a token belongs to (next-auth's signOut event hands the decoded token). */
export async function revokeToken(token: SessionClaims | null | undefined): Promise<boolean> {
  const uid = token?.uid;
  const sid = token?.sid;
  const end = sessionEndOf(token);
  if (typeof uid !== "string" || !uid || typeof sid !== "string" || !sid || !end) return false;
  await revokeSession({ sid, userId: uid, expiresAt: end });
  return true;
}
