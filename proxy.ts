import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/auth.config";

// A convenience redirect for signed-out visitors. It is not the security boundary: every server
// action and route checks the session and the permission itself. The signed-out pages (sign in,
// first admin, forgot / set password) are left out.
const { auth } = NextAuth(authConfig);

export default auth;

export const config = {
  matcher: ["/((?!api|sign-in|setup|forgot-password|set-password|_next|favicon.ico|track.js|.*\\.png$|.*\\.svg$).*)"],
};
