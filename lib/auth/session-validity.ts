// A session outlives a password change only if it signed in after it: every user row carries
// `sessionsValidFrom` (set by lib/accounts/write-password.ts), every session token the time it
// signed in ("authAt" claim, auth.config.ts). Compared on every request, so a password change on
// one instance ends the user's sessions on all of them at once.

/** The sign-in time a session token carries (ms), or null (tokens from before the claim existed). */
export function authTimeOf(session: unknown): number | null {
  const authAt = (session as { authAt?: unknown } | null)?.authAt;
  return typeof authAt === "number" && Number.isFinite(authAt) ? authAt : null;
}

export function signedInSinceValidFrom(options: { sessionsValidFrom: Date | null; authAt: number | null }): boolean {
  if (!options.sessionsValidFrom) return true;
  return options.authAt !== null && options.authAt >= options.sessionsValidFrom.getTime();
}
