// Cross-site request forgery guard for everything a signed-in browser can be tricked into sending:
// the cookie-authenticated JSON routes (lib/api/define-route.ts) and server actions (proxy.ts).
// A browser always sends `Origin` on a POST; another site (another port of the same host
// included) cannot forge it, and a form cannot send `Content-Type: application/json`.
// No imports: proxy.ts and the route wrapper both use it, and Vitest tests it directly.

export type OriginCheck = { ok: true } | { ok: false; reason: string };

/** The host this request was addressed to: the first `X-Forwarded-Host` (set by a reverse proxy), else `Host`. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/**
 * Same origin when `Origin` names the host the request was sent to (scheme aside: TLS often ends
 * at the proxy, as Next's own server-action check assumes). Without `Origin`, only a browser's
 * `Sec-Fetch-Site: same-origin` counts; a request with neither (a script, curl) is refused:
 * cookie routes are for the app's own pages, integrations use API keys.
 */
export function checkSameOrigin(headers: Headers): OriginCheck {
  const origin = headers.get("origin");
  const host = requestHost(headers);
  if (origin === null) {
    if (headers.get("sec-fetch-site") === "same-origin") return { ok: true };
    return { ok: false, reason: "The request has no Origin header; send it from the app's own pages." };
  }
  if (!host) return { ok: false, reason: "The request names no host to compare its Origin with." };
  let from: URL;
  let to: URL;
  try {
    from = new URL(origin); // "null" (sandboxed frames, file:) does not parse
    to = new URL(`${from.protocol}//${host}`);
  } catch {
    return { ok: false, reason: "The request comes from another origin." };
  }
  if (from.host !== to.host) return { ok: false, reason: "The request comes from another origin." };
  return { ok: true };
}

/** True for `application/json`, with or without parameters (`; charset=utf-8`). */
export function isJsonContentType(headers: Headers): boolean {
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

/** Methods that change state: the ones a forged request would use. */
export function isUnsafeMethod(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}
