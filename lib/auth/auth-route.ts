import type { NextRequest } from "next/server";
import { handlers } from "./auth";
import { withSignInOutcome } from "./sign-in-outcome";

// next-auth's own endpoints (/api/auth/*), with one change: a sign-in refused for throttling
// answers 429 with Retry-After and the one JSON error shape to clients that read JSON
// (Accept: application/json, or next-auth's browser client, which sends X-Auth-Return-Redirect
// and reads `url` from the body, kept there). Browsers posting the form still get the redirect.
export const GET = handlers.GET;

export async function POST(request: NextRequest): Promise<Response> {
  const { result: response, retryAfterMs } = await withSignInOutcome(() => handlers.POST(request));
  if (retryAfterMs === undefined || !readsJson(request)) return response;
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const url = await redirectTarget(response);
  return Response.json(
    {
      error: { code: "RATE_LIMITED", message: `Too many failed sign-ins. Try again in ${seconds} s.` },
      ...(url ? { url } : {}),
    },
    { status: 429, headers: { "Retry-After": String(seconds), "Cache-Control": "no-store" } },
  );
}

function readsJson(request: Request): boolean {
  return request.headers.has("x-auth-return-redirect") || (request.headers.get("accept") ?? "").includes("application/json");
}

async function redirectTarget(response: Response): Promise<string | null> {
  const location = response.headers.get("location");
  if (location) return location;
  const body = (await response.clone().json().catch(() => null)) as { url?: unknown } | null;
  return typeof body?.url === "string" ? body.url : null;
}
