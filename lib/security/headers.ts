// The security headers of every response (next.config.ts) and the per-request Content Security
// Policy of every page (proxy.ts). No imports: the proxy and next.config.ts both load it.

/** Sent on every response: pages, API routes and static files alike. */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  // Never guess a content type: an uploaded or echoed text is never run as script or style.
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites learn our origin at most, never a deal's or a person's URL.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers without CSP frame-ancestors; the CSP below is the rule.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** A fresh, unguessable nonce for one page response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page policy. Scripts run only with this response's nonce (Next.js puts it on its own
 * scripts when it finds it in the request's CSP header) or when loaded by such a script
 * ('strict-dynamic'); every page is rendered per request, so each gets its own nonce.
 * Styles allow 'unsafe-inline': React renders `style` attributes (charts, virtualized columns,
 * drag overlays) and libraries insert <style> elements without a nonce; a nonce would block them,
 * and injected CSS cannot run code. Nothing may frame the app (clickjacking).
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production needs no eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}
