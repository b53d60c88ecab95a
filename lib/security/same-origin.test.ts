// The CSRF rule of cookie routes and server actions, header by header (the real HTTP behaviour
// is in e2e/security/*.spec.ts).
import { describe, expect, it } from "vitest";
import { checkSameOrigin, isJsonContentType, isUnsafeMethod } from "./same-origin";
import { contentSecurityPolicy, createNonce } from "./headers";

const check = (headers: Record<string, string>) => checkSameOrigin(new Headers(headers)).ok;

describe("checkSameOrigin", () => {
  it("accepts an Origin naming the host the request was sent to", () => {
    expect(check({ host: "crm.example.com", origin: "https://crm.example.com" })).toBe(true);
    expect(check({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" })).toBe(true);
    // Default ports are the same origin written two ways.
    expect(check({ host: "crm.example.com:443", origin: "https://crm.example.com" })).toBe(true);
  });

  it("refuses another port of the same host, another host and opaque origins", () => {
    expect(check({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" })).toBe(false);
    expect(check({ host: "crm.example.com", origin: "https://evil.example" })).toBe(false);
    expect(check({ host: "crm.example.com", origin: "https://crm.example.com.evil.example" })).toBe(false);
    expect(check({ host: "crm.example.com", origin: "null" })).toBe(false);
    expect(check({ host: "crm.example.com", origin: "garbage" })).toBe(false);
    expect(check({ origin: "https://crm.example.com" })).toBe(false);
  });

  it("behind a reverse proxy compares with the first X-Forwarded-Host", () => {
    expect(check({ host: "127.0.0.1:3000", "x-forwarded-host": "crm.example.com, proxy.internal", origin: "https://crm.example.com" })).toBe(true);
    expect(check({ host: "crm.example.com", "x-forwarded-host": "other.example", origin: "https://crm.example.com" })).toBe(false);
  });

  it("without Origin, only a browser's Sec-Fetch-Site: same-origin counts", () => {
    expect(check({ host: "crm.example.com", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(check({ host: "crm.example.com", "sec-fetch-site": "same-site" })).toBe(false);
    expect(check({ host: "crm.example.com", "sec-fetch-site": "cross-site" })).toBe(false);
    expect(check({ host: "crm.example.com" })).toBe(false);
  });

  it("a foreign Origin is refused whatever Sec-Fetch-Site claims", () => {
    expect(check({ host: "crm.example.com", origin: "https://evil.example", "sec-fetch-site": "same-origin" })).toBe(false);
  });
});

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["Application/JSON", true],
    ["text/plain", false],
    ["text/plain; application/json", false],
    ["application/x-www-form-urlencoded", false],
    ["multipart/form-data; boundary=x", false],
    ["application/jsonp", false],
  ])("%s → %s", (type, json) => {
    expect(isJsonContentType(new Headers({ "content-type": type }))).toBe(json);
  });

  it("no Content-Type is not JSON", () => {
    expect(isJsonContentType(new Headers())).toBe(false);
  });
});

it("isUnsafeMethod: everything but GET, HEAD and OPTIONS", () => {
  expect(["POST", "PUT", "PATCH", "DELETE", "post"].map(isUnsafeMethod)).toEqual([true, true, true, true, true]);
  expect(["GET", "HEAD", "OPTIONS"].map(isUnsafeMethod)).toEqual([false, false, false]);
});

describe("contentSecurityPolicy", () => {
  it("scripts by nonce only, no framing, no plugins, no foreign form targets", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc123", { dev: true })).toContain("'unsafe-eval'");
  });

  it("every nonce is new and unguessably long", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
