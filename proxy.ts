import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";
import { checkSameOrigin, isUnsafeMethod } from "@/lib/security/same-origin";

// Runs before every page (API routes and static files excluded by the matcher):
// 1. a write to a page is a server action: one from another origin is refused with 403 (Next.js
//    refuses it as well, but answers 500);
// 2. signed-out visitors go to the sign-in page (a convenience, not the security boundary: every
//    server action and route checks the session and the permission itself);
// 3. the page gets a Content Security Policy with a fresh nonce (lib/security/headers.ts).
const { auth } = NextAuth(authConfig);
// Signed-out pages: sign in, the one-time first-admin page, forgot / set password.
const PUBLIC_PAGES = new Set(["/sign-in", "/setup", "/forgot-password", "/set-password"]);

export default auth((request) => {
  if (isUnsafeMethod(request.method)) {
    const origin = checkSameOrigin(request.headers);
    if (!origin.ok) return new NextResponse(origin.reason, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (!request.auth?.user && !PUBLIC_PAGES.has(request.nextUrl.pathname)) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = "/sign-in";
    signIn.search = "";
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    return NextResponse.redirect(signIn);
  }
  const policy = contentSecurityPolicy(createNonce(), { dev: process.env.NODE_ENV === "development" });
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

export const config = {
  matcher: ["/((?!api|_next|favicon.ico|manifest.webmanifest|track.js|.*\\.png$|.*\\.svg$).*)"],
};
