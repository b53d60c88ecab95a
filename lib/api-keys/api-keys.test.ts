import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";
import { bearerToken, generateSecret, hashSecret, looksLikeSecret } from "./secret";
import { verifyApiKey } from "./verify-api-key";

let w: World;

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("secrets", () => {
  it("are vk_live_ + 32 base62 characters, different every time", () => {
    const a = generateSecret();
    expect(a).toMatch(/^vk_live_[0-9A-Za-z]{32}$/);
    expect(looksLikeSecret(a)).toBe(true);
    expect(new Set(Array.from({ length: 50 }, generateSecret)).size).toBe(50);
    expect(looksLikeSecret("vk_live_short")).toBe(false);
    expect(bearerToken("Bearer  abc ")).toBe("abc");
    expect(bearerToken("bearer abc")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});

describe("API keys", () => {
  it("shows the secret once and stores only its hash and prefix", async () => {
    const created = await createApiKey({ actor: w.admin, name: "  Website tracker " });
    expect(created).toMatchObject({ name: "Website tracker", prefix: created.secret.slice(0, 12), kind: "PUBLIC", mergesKnownPeople: false });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id }, omit: { hash: false } });
    expect(row.hash).toBe(hashSecret(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const listed = await listApiKeys({ actor: w.admin });
    expect(listed).toEqual([{ id: created.id, name: "Website tracker", prefix: created.prefix, kind: "PUBLIC", mergesKnownPeople: false, createdAt: created.createdAt, createdBy: "Anna Admin", lastUsedAt: null, revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(await db.auditLog.count({ where: { action: "apiKey.create", entityId: created.id } })).toBe(1);
  });

  it("verifies a Bearer key (or a body key), noting its use at most once a minute", async () => {
    const { id, secret } = await createApiKey({ actor: w.admin, name: "server" });
    const t = new Date("2026-05-01T10:00:00Z");
    expect(await verifyApiKey({ authorization: `Bearer ${secret}`, now: t })).toEqual({ id, name: "server", kind: "PUBLIC", mergesKnownPeople: false });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t);
    await verifyApiKey({ authorization: null, bodyKey: secret, now: new Date(t.getTime() + 30_000) });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t);
    const later = new Date(t.getTime() + 61_000);
    await verifyApiKey({ authorization: `bearer ${secret}`, now: later });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(later);
  });

  it("has a kind: public by default, secret on request; only a secret key may merge known people", async () => {
    const secret = await createApiKey({ actor: w.admin, name: "shop backend", kind: "SECRET", mergesKnownPeople: true });
    const plain = await createApiKey({ actor: w.admin, name: "CRM sync", kind: "SECRET" });
    expect(secret).toMatchObject({ kind: "SECRET", mergesKnownPeople: true });
    expect(plain).toMatchObject({ kind: "SECRET", mergesKnownPeople: false });
    const error = await expectAppError(createApiKey({ actor: w.admin, name: "site", kind: "PUBLIC", mergesKnownPeople: true }), "VALIDATION");
    expect(error.details?.fields).toMatchObject({ mergesKnownPeople: expect.stringContaining("Only a secret key") });
    await expectAppError(createApiKey({ actor: w.admin, name: "odd", kind: "ROOT" as "SECRET" }), "VALIDATION");
    expect(await db.apiKey.count()).toBe(2);
    expect((await listApiKeys({ actor: w.admin })).map((k) => [k.name, k.kind, k.mergesKnownPeople])).toEqual([
      ["CRM sync", "SECRET", false],
      ["shop backend", "SECRET", true],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "apiKey.create", entityId: secret.id } });
    expect(JSON.parse(audit.data)).toMatchObject({ kind: "SECRET", mergesKnownPeople: true });
    expect(await verifyApiKey({ authorization: `Bearer ${secret.secret}` })).toMatchObject({ kind: "SECRET", mergesKnownPeople: true });
  });

  it("refuses a secret key sent in the body (as a web page would), never a public one", async () => {
    const server = await createApiKey({ actor: w.admin, name: "server", kind: "SECRET" });
    const site = await createApiKey({ actor: w.admin, name: "site" });
    const error = await expectAppError(verifyApiKey({ authorization: null, bodyKey: server.secret }), "UNAUTHENTICATED");
    expect(error.message).toContain("secret API key");
    expect(await verifyApiKey({ authorization: null, bodyKey: site.secret })).toMatchObject({ id: site.id, kind: "PUBLIC" });
    expect(await verifyApiKey({ authorization: `Bearer ${server.secret}` })).toMatchObject({ id: server.id, kind: "SECRET" });
  });

  it("never lets a public key merge, whatever its row says", async () => {
    const site = await createApiKey({ actor: w.admin, name: "site" });
    await db.apiKey.update({ where: { id: site.id }, data: { mergesKnownPeople: true } });
    expect(await verifyApiKey({ authorization: `Bearer ${site.secret}` })).toMatchObject({ kind: "PUBLIC", mergesKnownPeople: false });
  });

  it("answers 401 for a missing, malformed, unknown or revoked key", async () => {
    const { id, secret } = await createApiKey({ actor: w.admin, name: "to revoke" });
    for (const authorization of [null, "", "Bearer", "Bearer nonsense", `Bearer ${generateSecret()}`, `Basic ${secret}`]) {
      const error = await expectAppError(verifyApiKey({ authorization }), "UNAUTHENTICATED");
      expect(error.status).toBe(401);
    }
    await revokeApiKey({ actor: w.admin, id });
    const error = await expectAppError(verifyApiKey({ authorization: `Bearer ${secret}` }), "UNAUTHENTICATED");
    expect(error.message).toContain("revoked");
    const again = await revokeApiKey({ actor: w.admin, id });
    expect(again.revokedAt).toEqual((await db.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt);
    expect(await db.auditLog.count({ where: { action: "apiKey.revoke" } })).toBe(1);
    expect((await listApiKeys({ actor: w.admin }))[0].revokedAt).not.toBeNull();
  });

  it("lets only admins create, list and revoke keys", async () => {
    const { id } = await createApiKey({ actor: w.admin, name: "admin's" });
    for (const actor of [w.head, w.rep]) {
      await expectAppError(createApiKey({ actor, name: "mine" }), "FORBIDDEN");
      await expectAppError(listApiKeys({ actor }), "FORBIDDEN");
      await expectAppError(revokeApiKey({ actor, id }), "FORBIDDEN");
    }
    expect(await db.apiKey.count()).toBe(1);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
    await expectAppError(revokeApiKey({ actor: w.admin, id: "missing" }), "NOT_FOUND");
  });
});
