// The public origin that emailed links point at. AUTH_URL (the app's public URL, also used by
// next-auth) wins; without it, the request's own Host. Set AUTH_URL in production: a Host header
// is whatever the client sent, and a reset link must never point at someone else's site.

type Env = Record<string, string | undefined>;

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function appOrigin(headers: Headers, env: Env = process.env): string {
  const configured = env.AUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed AUTH_URL falls through to the request's host.
    }
  }
  const host = headers.get("host")?.trim() ?? "";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${HOST.test(host) ? host : "localhost:3000"}`;
}
