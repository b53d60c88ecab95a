// The part of the auth configuration that needs no database: used by proxy.ts to send signed-out
// visitors to the sign-in page. Real permission checks live in every action (lib/auth/permissions.ts).
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
        // This browser session's id, kept across token refreshes: signing out revokes it
        // (lib/auth/revoked-sessions.ts).
        token.sid = crypto.randomUUID();
        // When this session signed in (ms): a password change refuses older sessions (session-liveness.ts).
        token.authAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid ?? "");
        (session.user as { role?: string }).role = token.role as string | undefined;
        (session.user as { locale?: string }).locale = typeof token.locale === "string" ? token.locale : undefined;
      }
      (session as { sid?: string }).sid = typeof token.sid === "string" ? token.sid : undefined;
      (session as { authAt?: number }).authAt = typeof token.authAt === "number" ? token.authAt : undefined;
      // Set by lib/auth/auth.ts when the database could not check the session (currentUser retries).
      if (token.unverified === true) (session as { unverified?: boolean }).unverified = true;
      return session;
    },
    authorized({ auth }) {
      return Boolean(auth?.user);
    },
  },
} satisfies NextAuthConfig;
