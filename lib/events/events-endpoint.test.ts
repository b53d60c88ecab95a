// The HTTP contract of POST /api/v1/events, through the route handler itself.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { logger } from "@/lib/log/logger";
import { handleEventsPost as POST, handleEventsPreflight as OPTIONS } from "./events-endpoint";

let secret: string;
let keyId: string;
let admin: Awaited<ReturnType<typeof createUser>>;
const URL_ = "http://localhost/api/v1/events";
const ok = (id: string) => ({ id, type: "page_view", occurredAt: new Date().toISOString(), identities: { anonymousId: "v_route" } });

function post(body: string | object, headers: Record<string, string> = { authorization: `Bearer ${secret}` }) {
  return POST(new Request(URL_, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }));
}

beforeEach(async () => {
  await resetDatabase(db);
  admin = await createUser("ADMIN");
  ({ secret, id: keyId } = await createApiKey({ actor: admin, name: "route" }));
});

describe("POST /api/v1/events", () => {
  it("answers 200 with counts, then 207 with per-event errors, with CORS headers", async () => {
    const first = await post({ events: [ok("a"), ok("b")] });
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(await first.json()).toEqual({ accepted: 2, duplicates: 0, rejected: [] });

    const second = await post({ events: [ok("a"), { ...ok("c"), occurredAt: "soon" }] });
    expect(second.status).toBe(207);
    expect(await second.json()).toEqual({ accepted: 0, duplicates: 1, rejected: [{ index: 1, clientId: "c", error: expect.stringContaining("occurredAt") }] });
  });

  it("takes the key from the body for sendBeacon (text/plain, no headers)", async () => {
    const response = await post(JSON.stringify({ key: secret, events: [ok("beacon")] }), { "content-type": "text/plain;charset=UTF-8" });
    expect(response.status).toBe(200);
    expect(await db.event.count()).toBe(1);
  });

  it("answers 401 without a key, with a bad one or a revoked one", async () => {
    const noKey = await post({ events: [ok("x")] }, {});
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.stringContaining("Authorization: Bearer") } });
    expect((await post({ events: [ok("x")] }, { authorization: "Bearer vk_live_00000000000000000000000000000000" })).status).toBe(401);
    await revokeApiKey({ actor: admin, id: keyId });
    const revoked = await post({ events: [ok("x")] });
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.message).toContain("revoked");
    expect(await db.event.count()).toBe(0);
  });

  it("answers 400 for a body that is not a batch and 413 for an oversized one, never 500", async () => {
    for (const body of ["not json", "", "[]", '{"events": {}}', JSON.stringify({ events: Array.from({ length: 1001 }, (_, i) => ok(`e${i}`)) })]) {
      const response = await post(body);
      expect(response.status, body.slice(0, 20)).toBe(400);
      expect((await response.json()).error).toEqual({ code: "VALIDATION", message: expect.any(String) });
    }
    const huge = await post(JSON.stringify({ events: [{ ...ok("big"), properties: { blob: "x".repeat(5 * 1024 * 1024) } }] }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await db.event.count()).toBe(0);
  });

  it("reports a poison event as that event's error (207) and stores the good ones of its batch", async () => {
    // Epoch numbers beyond what a Date holds (NaN slipped through both range checks) and
    // properties nested deeper than JSON.stringify can recurse used to fail the whole batch (500).
    // The deep ones are written as JSON text: JSON.stringify cannot write them either.
    const deepArray = `{"deep": ${"[".repeat(100_000)}"bottom"${"]".repeat(100_000)}}`;
    const deepObject = `${'{"a":'.repeat(6_000)}1${"}".repeat(6_000)}`;
    const poison = [
      { ...ok("huge1"), occurredAt: 1e300 },
      { ...ok("huge2"), occurredAt: 8640000000000001 },
      { ...ok("huge3"), occurredAt: 2 ** 53 },
      { ...ok("huge4"), occurredAt: 1e16 },
      { ...ok("deep-array"), properties: "DEEP_ARRAY" },
      { ...ok("deep-object"), properties: "DEEP_OBJECT" },
    ];
    const text = JSON.stringify({ events: [ok("good1"), ...poison, ok("good2")] }).replace('"DEEP_ARRAY"', deepArray).replace('"DEEP_OBJECT"', deepObject);
    const response = await post(text);
    expect(response.status).toBe(207);
    const body = await response.json();
    expect(body.accepted).toBe(2);
    expect(body.rejected.map((r: { index: number; clientId: string }) => [r.index, r.clientId])).toEqual(poison.map((e, i) => [i + 1, e.id]));
    for (const r of body.rejected.slice(0, 4)) expect(r.error).toContain("occurredAt");
    for (const r of body.rejected.slice(4)) expect(r.error).toContain("nested");
    expect((await db.event.findMany({ select: { externalId: true }, orderBy: { externalId: "asc" } })).map((e) => e.externalId)).toEqual(["good1", "good2"]);
  });

  it("answers the CORS preflight", async () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toContain("Authorization");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("logs one line per batch with its request id, key, status, duration and counts, never the key or an email", async () => {
    const info = vi.spyOn(logger, "info");
    try {
      const response = await POST(
        new Request(URL_, {
          method: "POST",
          headers: { authorization: `Bearer ${secret}`, "content-type": "application/json", "x-request-id": "lb-7f3a" },
          body: JSON.stringify({ events: [{ ...ok("logged"), identities: { email: "olga@example.com" } }, { ...ok("bad"), occurredAt: "soon" }] }),
        }),
      );
      expect(response.status).toBe(207);
      expect(response.headers.get("x-request-id")).toBe("lb-7f3a");
      const lines = info.mock.calls.filter(([, msg]) => msg === "request");
      expect(lines).toEqual([
        [
          {
            requestId: "lb-7f3a",
            method: "POST",
            route: "/api/v1/events",
            status: 207,
            durationMs: expect.any(Number),
            apiKeyId: keyId,
            events: { accepted: 1, duplicates: 0, rejected: 1 },
          },
          "request",
        ],
      ]);
      expect(JSON.stringify(lines)).not.toMatch(new RegExp(`${secret}|olga@`));
    } finally {
      info.mockRestore();
    }
  });
});
