import "server-only";
import type { Tx } from "@/lib/db-client";

/**
 * The one write of a new password: the hash, and `sessionsValidFrom` = now, so every session of
 * the user signed in before (on any instance) is refused on its next request
 * (lib/auth/session-liveness.ts); the user's unused invitation and reset links stop working too.
 */
export async function writePassword(tx: Tx, options: { userId: string; passwordHash: string; now: Date }): Promise<void> {
  const { userId, now } = options;
  await tx.user.update({ where: { id: userId }, data: { passwordHash: options.passwordHash, sessionsValidFrom: now } });
  await tx.accountToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}
