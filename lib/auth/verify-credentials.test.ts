// Sign-in throttling against the real database: failures are slowed per email and client
// address and budgeted per address; nobody else's failures ever refuse the right password.
import bcrypt from "bcryptjs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { FREE_FAILURES, MAX_DELAY_MS } from "./login-backoff";
import { MAX_FAILURES_PER_IP, verifyCredentials, type CredentialsResult } from "./verify-credentials";

const PASSWORD = "correct horse battery";
const ADMIN = "admin@voronka.test";
const USER_IP = "198.51.100.7";
const ATTACKER_IP = "203.0.113.66";
let hash: string;
const t0 = new Date("2026-06-01T09:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function attempt(options: { email?: string; password?: string; ip?: string; now?: Date } = {}) {
  return verifyCredentials({ email: options.email ?? ADMIN, password: options.password ?? PASSWORD, ip: options.ip ?? USER_IP, now: options.now ?? t0 });
}
const outcome = (result: CredentialsResult) => (result.ok ? "ok" : result.reason);

beforeAll(async () => {
  hash = await bcrypt.hash(PASSWORD, 4);
});

beforeEach(async () => {
  await resetDatabase(db);
  await db.user.createMany({
    data: [
      { email: ADMIN, name: "Ada Admin", role: "ADMIN", passwordHash: hash },
      { email: "rep@voronka.test", name: "Rex Rep", role: "REP", passwordHash: hash },
    ],
  });
});

describe("verifyCredentials", () => {
  it("an email with a control character is a wrong sign-in, never a database error", async () => {
    for (const email of [`${ADMIN}\u0000`, `ad\u0000min@voronka.test`, `${ADMIN}\u0007`]) {
      expect(outcome(await attempt({ email }))).toBe("invalid");
    }
  });

  it("a stranger's wrong passwords from another address never refuse the right password from the user's", async () => {
    for (let i = 0; i < 40; i++) {
      const result = await attempt({ password: `guess-${i}`, ip: ATTACKER_IP, now: at(i * 1_000) });
      expect(["invalid", "rate_limited"]).toContain(outcome(result));
    }
    const result = await attempt({ now: at(40_000) });
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ email: ADMIN, role: "ADMIN" }) });
  });

  it("successful sign-ins do not count toward any limit", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP + 10; i++) {
      expect(outcome(await attempt({ now: at(i) }))).toBe("ok");
    }
    expect(await db.loginBackoff.count()).toBe(0);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: `login:ip:${USER_IP}` } })).count).toBe(0);
  });

  it("guessing one email from one address waits longer after each failure, the right password included", async () => {
    for (let i = 0; i < FREE_FAILURES; i++) expect(outcome(await attempt({ password: "nope", now: t0 }))).toBe("invalid");
    // The 5th failure brings the first wait: 1 s, then 2 s, 4 s …
    expect(outcome(await attempt({ password: "nope", now: t0 }))).toBe("invalid");
    expect(await attempt({ now: at(500) })).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 500 });
    expect(outcome(await attempt({ password: "nope", now: at(1_000) }))).toBe("invalid");
    expect(await attempt({ password: "nope", now: at(1_000) })).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 2_000 });
    expect(outcome(await attempt({ password: "nope", now: at(3_000) }))).toBe("invalid");
    expect(await attempt({ now: at(3_000) })).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 4_000 });
    // Meanwhile the same email from another address, and another email from this one, are not held up.
    expect(outcome(await attempt({ ip: "192.0.2.10", now: at(3_000) }))).toBe("ok");
    expect(outcome(await attempt({ email: "rep@voronka.test", now: at(3_000) }))).toBe("ok");
    // Once the wait is over the right password works, and the count starts again from zero.
    expect(outcome(await attempt({ now: at(7_000) }))).toBe("ok");
    expect(await db.loginBackoff.count()).toBe(0);
    expect(outcome(await attempt({ password: "nope", now: at(7_000) }))).toBe("invalid");
    expect(outcome(await attempt({ password: "nope", now: at(7_000) }))).toBe("invalid");
  });

  it("the wait grows to at most 15 minutes", async () => {
    // Each guess made as soon as the previous wait is over: 1 s, 2 s … 512 s, then 15 min.
    let now = t0;
    const waits: number[] = [];
    for (let i = 0; i < 16; i++) {
      expect(outcome(await attempt({ password: "nope", now }))).toBe("invalid");
      const row = await db.loginBackoff.findFirstOrThrow();
      waits.push(row.retryAt.getTime() - now.getTime());
      now = row.retryAt;
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900].map((s) => s * 1_000));
    expect(MAX_DELAY_MS).toBe(900_000);
    expect(await attempt({ now: new Date(now.getTime() - 1) })).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 1 });
    expect(outcome(await attempt({ now }))).toBe("ok");
  });

  it("one address spraying many emails runs out of its budget; other addresses do not", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      expect(outcome(await attempt({ email: `user${i}@voronka.test`, password: "Summer2026!", ip: ATTACKER_IP, now: at(i) }))).toBe("invalid");
    }
    const refused = await attempt({ email: "rep@voronka.test", ip: ATTACKER_IP, now: at(60_000) });
    expect(refused).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 15 * 60_000 - 60_000 });
    expect(outcome(await attempt({ email: "rep@voronka.test", now: at(60_000) }))).toBe("ok");
    // The window ends: the address may try again.
    expect(outcome(await attempt({ email: "rep@voronka.test", ip: ATTACKER_IP, now: at(15 * 60_000) }))).toBe("ok");
  });

  it("IPv6 addresses count per /64 network", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      expect(outcome(await attempt({ email: `user${i}@voronka.test`, password: "x", ip: `2001:db8:1:2::${i.toString(16)}`, now: t0 }))).toBe("invalid");
    }
    expect(outcome(await attempt({ email: "rep@voronka.test", ip: "2001:db8:1:2:ffff::1", now: t0 }))).toBe("rate_limited");
    expect(outcome(await attempt({ email: "rep@voronka.test", ip: "2001:db8:1:3::1", now: t0 }))).toBe("ok");
  });

  it("20 guesses at once for one email from one address: only the free ones are checked", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt({ password: `guess-${i}`, now: t0 })));
    const counts = { invalid: 0, rate_limited: 0 };
    for (const result of results) counts[outcome(result) as keyof typeof counts]++;
    expect(counts).toEqual({ invalid: FREE_FAILURES + 1, rate_limited: 20 - FREE_FAILURES - 1 });
    expect((await db.loginBackoff.findFirstOrThrow()).failures).toBe(FREE_FAILURES + 1);
    // Refused attempts were never counted against the address's budget.
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: `login:ip:${USER_IP}` } })).count).toBe(FREE_FAILURES + 1);
  });

  it("a wrong password, an unknown email and a deactivated user all fail the same way, and count", async () => {
    await db.user.update({ where: { email: "rep@voronka.test" }, data: { active: false } });
    expect(outcome(await attempt({ password: "nope" }))).toBe("invalid");
    expect(outcome(await attempt({ email: "nobody@voronka.test" }))).toBe("invalid");
    expect(outcome(await attempt({ email: "rep@voronka.test" }))).toBe("invalid");
    expect(outcome(await attempt({ email: "" }))).toBe("invalid");
    expect(outcome(await attempt({ email: `${"a".repeat(400)}@voronka.test` }))).toBe("invalid");
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: `login:ip:${USER_IP}` } })).count).toBe(3);
    expect(await db.loginBackoff.count()).toBe(3);
  });

  it("each attempt deletes the throttle rows that have expired", async () => {
    await db.rateLimit.createMany({
      data: [
        { key: "login:ip:old", count: 9, windowStart: at(-20 * 60_000), expiresAt: at(-5 * 60_000) },
        { key: "login:ip:legacy", count: 9, windowStart: at(-20 * 60_000), expiresAt: null },
        { key: "login:ip:current", count: 2, windowStart: at(-60_000), expiresAt: at(14 * 60_000) },
      ],
    });
    await db.loginBackoff.createMany({
      data: [
        { key: "login:backoff:old/a@b.c", failures: 7, retryAt: at(-2 * 3600_000), expiresAt: at(-1) },
        { key: "login:backoff:current/a@b.c", failures: 7, retryAt: at(60_000), expiresAt: at(3600_000) },
      ],
    });
    expect(outcome(await attempt())).toBe("ok");
    expect((await db.rateLimit.findMany({ orderBy: { key: "asc" } })).map((row) => row.key)).toEqual([`login:ip:${USER_IP}`, "login:ip:current"]);
    expect((await db.loginBackoff.findMany()).map((row) => row.key)).toEqual(["login:backoff:current/a@b.c"]);
  });
});
