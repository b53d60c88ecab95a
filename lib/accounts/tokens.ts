import "server-only";
// The single-use links sent by email. The secret (32 random bytes) goes only into the email; the
// database keeps its SHA-256, so a copy of the database cannot be used to take over accounts.
// A new link of a kind replaces the user's earlier unused ones; setting a password uses them all.
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db-client";

export type TokenKind = "INVITE" | "RESET";

/** How long a link works: an invitation a week, a password reset an hour. */
export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  INVITE: 7 * 24 * 60 * 60 * 1000,
  RESET: 60 * 60 * 1000,
};

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Writes a new link for the user and returns its secret and expiry. */
export async function issueToken(tx: Tx, options: { kind: TokenKind; userId: string; createdById: string | null; now: Date }) {
  const { kind, userId, now } = options;
  const secret = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]);
  await tx.accountToken.deleteMany({ where: { userId, kind, usedAt: null } });
  await tx.accountToken.create({ data: { kind, userId, createdById: options.createdById, tokenHash: hashToken(secret), expiresAt, createdAt: now } });
  return { secret, expiresAt };
}

export type TokenState = "usable" | "used" | "expired" | "unknown";

/** What a link's secret is worth now, without using it (the set-password page reads this). */
export async function readToken(tx: Tx, options: { secret: string; now: Date }) {
  const row = await tx.accountToken.findUnique({
    where: { tokenHash: hashToken(options.secret) },
    select: { id: true, kind: true, expiresAt: true, usedAt: true, user: { select: { id: true, name: true, email: true, role: true, active: true, locale: true } } },
  });
  const state: TokenState = !row || !row.user.active ? "unknown" : row.usedAt ? "used" : row.expiresAt <= options.now ? "expired" : "usable";
  return { state, token: row };
}

/**
 * Uses the link once: one conditional update (unused, unexpired), so two submissions at once
 * cannot both succeed. Returns whether this call used it.
 */
export async function consumeToken(tx: Tx, options: { id: string; now: Date }): Promise<boolean> {
  const used = await tx.accountToken.updateMany({
    where: { id: options.id, usedAt: null, expiresAt: { gt: options.now } },
    data: { usedAt: options.now },
  });
  return used.count === 1;
}
