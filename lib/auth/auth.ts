import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/errors/database-unavailable";
import { authConfig } from "./auth.config";
import { clientIpFromHeaders } from "./client-ip";
import { liveSessionUser, revokeToken } from "./session-liveness";
import { recordRateLimited } from "./sign-in-outcome";
import { verifyCredentials } from "./verify-credentials";

/** Thrown by authorize; server actions get this very instance back, with the wait. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterMs: number) {
    super();
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    // Every session read on the server goes through here (auth(), GET /api/auth/session): the one
    // check against the database (session-liveness.ts). A dead session reads as signed out; a
    // live one gets the user's row (name, email, role, locale) copied on, so a renamed user or a
    // changed role shows at once and currentUser needs no query of its own.
    // proxy.ts has its own instance without the database.
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (params.user) return token; // signing in right now
      const { unverified: _, ...claims } = token;
      try {
        const user = await liveSessionUser(claims);
        return user ? { ...claims, name: user.name, email: user.email, role: user.role, locale: user.locale } : null;
      } catch (error) {
        // The database is out of reach: the session is not known to be signed out, so keep its
        // cookie (next-auth would clear it) and mark it unverified; currentUser then checks it
        // again, which fails the same way, and the request answers 503 or shows the error page.
        if (isDatabaseUnavailable(error)) return { ...claims, unverified: true };
        throw error;
      }
    },
  },
  events: {
    // Every way out (POST /api/auth/signout, the app's sign-out action) ends here with the
    // decoded token. next-auth logs and swallows errors thrown by events, so signOutAction
    // revokes first itself to fail visibly; this upsert then finds the row there.
    async signOut(message) {
      if ("token" in message) await revokeToken(message.token);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await verifyCredentials({
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          ip: clientIpFromHeaders(request.headers),
        });
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") {
          recordRateLimited(result.retryAfterMs);
          throw new RateLimitedSignin(result.retryAfterMs);
        }
        return null;
      },
    }),
  ],
});
