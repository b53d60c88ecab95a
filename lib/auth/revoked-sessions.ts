import "server-only";
// Signing out revokes the browser session itself, not just its cookie: next-auth's proxy hands
// the session cookie back on every request it handles, so a request in flight while the user
// signs out could otherwise put the cookie back and sign them in again. Each session's JWT
// carries a random "sid" (auth.config.ts); a revoked sid is refused (session-liveness.ts) until the
// token would have expired anyway, when its row can go.
import { db } from "@/lib/db";

/** Records the session as signed out; rows of sessions that have expired meanwhile are dropped. */
export async function revokeSession(options: { sid: string; userId: string; expiresAt: Date; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.revokedSession.upsert({
      where: { sid: options.sid },
      create: { sid: options.sid, userId: options.userId, expiresAt: options.expiresAt },
      update: {},
    }),
  ]);
}
