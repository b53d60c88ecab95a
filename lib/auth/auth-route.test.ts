// next-auth's own endpoints (/api/auth/*) over real HTTP, through the app's route handlers and
// the client-address channel, as `next start` serves them.
import bcrypt from "bcryptjs";
import { encode, decode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { CookieClient, SESSION_COOKIE, serveRoutes, type TestServer } from "@/lib/testing/auth-http";

const SECRET = vi.hoisted(() => {
  const secret = "auth-route-test-secret-0123456789abcdef";
  process.env.AUTH_SECRET = secret; // read by next-auth when the route module is imported
  return secret;
});

const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
const { installClientIpChannel } = await import("./client-ip-channel");
const { revokeSession } = await import("./revoked-sessions");
const { MAX_FAILURES_PER_IP } = await import("./verify-credentials");

const PASSWORD = "correct horse battery";
const EMAIL = "rita@voronka.test";
const DAY = 86_400_000;
let server: TestServer;
let userId: string;

beforeAll(async () => {
  installClientIpChannel(undefined); // no trusted proxy: the socket address counts
  server = await serveRoutes({ GET, POST });
});
afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  await resetDatabase(db);
  const user = await db.user.create({ data: { email: EMAIL, name: "Rita Rep", role: "REP", passwordHash: await bcrypt.hash(PASSWORD, 4) } });
  userId = user.id;
});

async function signedIn(): Promise<CookieClient> {
  const client = new CookieClient(server.url);
  const response = await client.signIn(EMAIL, PASSWORD);
  expect(response.status).toBe(302);
  expect(await client.session()).toMatchObject({ user: { email: EMAIL, name: "Rita Rep", role: "REP" } });
  return client;
}

/** A client that only holds the given session cookie, as an old copy of it would. */
function withCookie(cookie: string): CookieClient {
  const client = new CookieClient(server.url);
  client.cookies.set(SESSION_COOKIE, cookie);
  return client;
}

const token = (claims: Record<string, unknown>) => encode({ token: { name: "Rita Rep", email: EMAIL, ...claims }, secret: SECRET, salt: SESSION_COOKIE });

describe("signing out and revoked sessions", () => {
  it("POST /api/auth/signout revokes the session: its cookie, handed back, reads as signed out", async () => {
    const client = await signedIn();
    const cookie = client.sessionCookie()!;
    const response = await client.signOut();
    expect(response.status).toBe(302);
    expect(client.sessionCookie()).toBeUndefined();
    const { sid } = (await decode({ token: cookie, secret: SECRET, salt: SESSION_COOKIE }))!;
    expect(await db.revokedSession.findMany({ select: { sid: true, userId: true } })).toEqual([{ sid, userId }]);

    const replay = withCookie(cookie);
    const session = await replay.request("GET", "/api/auth/session");
    expect(await session.json()).toBeNull();
    // …and next-auth drops the dead cookie.
    expect(replay.sessionCookie()).toBeUndefined();
  });

  it("a session revoked by the app's sign-out action reads as signed out at /api/auth/session", async () => {
    const client = await signedIn();
    const cookie = client.sessionCookie()!;
    const decoded = (await decode({ token: cookie, secret: SECRET, salt: SESSION_COOKIE }))!;
    await revokeSession({ sid: String(decoded.sid), userId, expiresAt: new Date(Date.now() + 30 * DAY) });
    expect(await withCookie(cookie).session()).toBeNull();
    // Another session of the same user is not touched.
    expect(await (await signedIn()).session()).toMatchObject({ user: { email: EMAIL } });
  });

  it("a deactivated user's session reads as signed out", async () => {
    const client = await signedIn();
    await db.user.update({ where: { id: userId }, data: { active: false } });
    expect(await client.session()).toBeNull();
  });

  it("a session signed in before the password changed reads as signed out; one signed in after does not", async () => {
    const before = await signedIn();
    await db.user.update({ where: { id: userId }, data: { sessionsValidFrom: new Date(Date.now() + 1_000) } });
    expect(await before.session()).toBeNull();
    await db.user.update({ where: { id: userId }, data: { sessionsValidFrom: new Date(Date.now() - 1_000) } });
    expect(await (await signedIn()).session()).toMatchObject({ user: { email: EMAIL } });
  });

  it("the session carries the user's row as it is now: a new name or role shows on the next read", async () => {
    const client = await signedIn();
    await db.user.update({ where: { id: userId }, data: { name: "Rita Head", role: "HEAD", locale: "ru" } });
    expect(await client.session()).toMatchObject({ user: { id: userId, email: EMAIL, name: "Rita Head", role: "HEAD", locale: "ru" } });
  });

  it("tokens without a session id or sign-in time, or 30 days past sign-in, read as signed out", async () => {
    const now = Date.now();
    expect(await withCookie(await token({ uid: userId, sid: "s-live", authAt: now - 1_000 })).session()).toMatchObject({ user: { email: EMAIL } });
    expect(await withCookie(await token({ uid: userId, sid: "s-old", authAt: now - 30 * DAY - 1_000 })).session()).toBeNull();
    expect(await withCookie(await token({ uid: userId, authAt: now })).session()).toBeNull();
    expect(await withCookie(await token({ uid: userId, sid: "s-no-time" })).session()).toBeNull();
    expect(await withCookie(await token({ uid: "no-such-user", sid: "s", authAt: now })).session()).toBeNull();
  });
});

describe("throttled sign-ins", () => {
  it("answer 429 with Retry-After to clients that read JSON, and redirect form posts, without checking the password", async () => {
    const retryAt = new Date(Date.now() + 10 * 60_000);
    await db.loginBackoff.create({ data: { key: `login:backoff:127.0.0.1/${EMAIL}`, failures: 12, retryAt, expiresAt: new Date(Date.now() + DAY) } });
    const client = new CookieClient(server.url);

    const json = await client.signIn(EMAIL, PASSWORD, { accept: "application/json" });
    expect(json.status).toBe(429);
    expect(Number(json.headers.get("retry-after"))).toBeGreaterThan(590);
    expect(Number(json.headers.get("retry-after"))).toBeLessThanOrEqual(600);
    const body = await json.json();
    expect(body).toEqual({ error: { code: "RATE_LIMITED", message: expect.stringContaining("Try again") }, url: expect.stringContaining("code=rate_limited") });

    // next-auth's browser client asks for the redirect target as JSON.
    expect((await client.signIn(EMAIL, PASSWORD, { "x-auth-return-redirect": "1" })).status).toBe(429);

    const form = await client.signIn(EMAIL, PASSWORD);
    expect(form.status).toBe(302);
    expect(form.headers.get("location")).toContain("/sign-in?error=CredentialsSignin&code=rate_limited");
    expect(await client.session()).toBeNull();
  });

  it("a wrong password is not a 429", async () => {
    const response = await new CookieClient(server.url).signIn(EMAIL, "nope", { accept: "application/json" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("code=credentials");
  });

  it("X-Forwarded-For and a forged client-address header do not change the address that is counted", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      const client = new CookieClient(server.url, { "x-forwarded-for": `10.9.${i}.1`, "x-voronka-client-ip": `10.8.${i}.1` });
      const response = await client.signIn(`nobody${i}@voronka.test`, "Summer2026!", { accept: "application/json" });
      expect(response.status).toBe(302);
    }
    const spoofer = new CookieClient(server.url, { "x-forwarded-for": "10.9.255.1", "x-voronka-client-ip": "10.8.255.1" });
    expect((await spoofer.signIn(EMAIL, PASSWORD, { accept: "application/json" })).status).toBe(429);
    expect(await db.rateLimit.findMany({ select: { key: true, count: true } })).toEqual([{ key: "login:ip:127.0.0.1", count: MAX_FAILURES_PER_IP }]);
  });
});
