// What an identity claim from an API key may do to people (issue 12, item 2): a public key's
// event carrying A's email and B's phone must not merge A and B, nor move anything of theirs; it
// becomes a suggested merge. Honest claims (an anonymous visitor who leaves an email) still make
// one person.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { verifyApiKey, type VerifiedApiKey } from "@/lib/api-keys/verify-api-key";
import { ingestEvents } from "./ingest-events";

let w: World;
let site: VerifiedApiKey;
const T0 = new Date("2026-03-02T10:00:00.000Z");
let n = 0;

const event = (identities: Record<string, string>, type = "page_view") => ({ id: `claim-${++n}`, type, occurredAt: T0.toISOString(), identities });
const ingest = (events: unknown[], key = site) => ingestEvents({ key, body: { events }, now: T0 });

async function keyOf(kind: "PUBLIC" | "SECRET", mergesKnownPeople = false) {
  const created = await createApiKey({ actor: w.admin, name: `${kind} ${++n}`, kind, mergesKnownPeople });
  return verifyApiKey({ authorization: `Bearer ${created.secret}` });
}

async function personOf(kind: "EMAIL" | "PHONE" | "ANON_ID", value: string) {
  return (await db.identity.findUniqueOrThrow({ where: { kind_value: { kind, value } } })).personId;
}

/** A known customer with an identity, a deal, a note, a task and two events. */
async function customer(identities: Record<string, string>) {
  await ingest([event(identities), event(identities, "cart_add")]);
  const personId = await personOf(identities.email ? "EMAIL" : "PHONE", identities.email ?? identities.phone);
  await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId });
  await db.note.create({ data: { personId, authorId: w.rep.id, body: "Context" } });
  await db.task.create({ data: { personId, assigneeId: w.rep.id, title: "Call back" } });
  return personId;
}

async function holdings(personId: string) {
  const where = { personId };
  const [identities, events, deals, notes, tasks, person] = await Promise.all([
    db.identity.findMany({ where, select: { kind: true, value: true }, orderBy: [{ kind: "asc" }, { value: "asc" }] }),
    db.event.count({ where }),
    db.deal.count({ where }),
    db.note.count({ where }),
    db.task.count({ where }),
    db.person.findUniqueOrThrow({ where: { id: personId }, select: { mergedIntoId: true } }),
  ]);
  return { identities, events, deals, notes, tasks, mergedIntoId: person.mergedIntoId };
}

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  site = await keyOf("PUBLIC");
});

describe("identity claims from a public key", () => {
  it("never merge two known people: A's email with B's phone becomes a suggestion and moves nothing", async () => {
    const a = await customer({ email: "anna@example.com" });
    const b = await customer({ phone: "+79001112233" });
    const [beforeA, beforeB] = [await holdings(a), await holdings(b)];

    const result = await ingest([event({ email: "Anna@Example.com", phone: "8 900 111-22-33" }, "form_submit")]);
    expect(result).toEqual({ accepted: 1, duplicates: 0, rejected: [] });

    // The event stays with A (its first identity); B's phone stays B's; nothing else moves.
    expect(await holdings(a)).toEqual({ ...beforeA, events: beforeA.events + 1 });
    expect(await holdings(b)).toEqual(beforeB);
    expect(await db.auditLog.count({ where: { action: "person.merge" } })).toBe(0);

    const suggestion = await db.mergeSuggestion.findFirstOrThrow();
    expect(suggestion).toMatchObject({ status: "OPEN", identityKind: "PHONE", identityValue: "+79001112233", apiKeyId: site.id, decidedById: null });
    expect([suggestion.personAId, suggestion.personBId].sort()).toEqual([a, b].sort());
    expect(suggestion.personAId < suggestion.personBId).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "person.mergeSuggest" } });
    expect(audit).toMatchObject({ actorId: null, entity: "Person", entityId: suggestion.personAId });
    expect(JSON.parse(audit.data)).toMatchObject({ suggestionId: suggestion.id, other: suggestion.personBId, eventId: suggestion.eventId, apiKeyId: site.id });

    // The same claim again (another event) adds no second suggestion. The first identity in the
    // API's order (anonymousId, email, phone, messenger, externalId) decides the event's person.
    await ingest([event({ phone: "+79001112233", email: "anna@example.com" })]);
    expect(await db.mergeSuggestion.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "person.mergeSuggest" } })).toBe(1);
    expect(await holdings(a)).toEqual({ ...beforeA, events: beforeA.events + 2 });
    expect(await holdings(b)).toEqual(beforeB);
  });

  it("attach a new anonymous id to the person the event resolves to, not the conflicting one", async () => {
    const a = await customer({ email: "anna@example.com" });
    const b = await customer({ phone: "+79001112233" });
    await ingest([event({ anonymousId: "v_new", email: "anna@example.com", phone: "+79001112233" })]);
    expect(await personOf("ANON_ID", "v_new")).toBe(a);
    expect(await personOf("PHONE", "+79001112233")).toBe(b);
    expect(await db.mergeSuggestion.count({ where: { status: "OPEN" } })).toBe(1);
  });

  it("catch a claim spread over two events of one batch", async () => {
    const a = await customer({ email: "anna@example.com" });
    const b = await customer({ phone: "+79001112233" });
    const before = await holdings(b);
    await ingest([event({ anonymousId: "v_x", email: "anna@example.com" }), event({ anonymousId: "v_x", phone: "+79001112233" })]);
    expect(await holdings(b)).toEqual(before);
    expect((await holdings(a)).events).toBe(4);
    expect(await db.mergeSuggestion.count()).toBe(1);
  });

  it("keep a known visitor's events with them when their anonymous id comes with someone else's email", async () => {
    const a = await customer({ email: "anna@example.com" });
    await ingest([event({ anonymousId: "v_boris", phone: "+79001112233" })]);
    const b = await personOf("PHONE", "+79001112233");
    await ingest([event({ anonymousId: "v_boris", email: "anna@example.com" })]);
    expect(await holdings(b)).toMatchObject({ events: 2, mergedIntoId: null });
    expect(await holdings(a)).toMatchObject({ events: 2, mergedIntoId: null });
    expect(await db.mergeSuggestion.count()).toBe(1);
  });
});

describe("honest claims still make one person", () => {
  it("an anonymous visitor who leaves an email is one person", async () => {
    await ingest([event({ anonymousId: "v_olga" }), event({ anonymousId: "v_olga" }, "cart_add")]);
    const visitor = await personOf("ANON_ID", "v_olga");
    await ingest([event({ anonymousId: "v_olga", email: "olga@example.com", phone: "+79005556677" }, "form_submit")]);
    expect(await personOf("EMAIL", "olga@example.com")).toBe(visitor);
    expect(await holdings(visitor)).toMatchObject({ events: 3, identities: expect.arrayContaining([{ kind: "EMAIL", value: "olga@example.com" }]) });
    expect(await db.person.count()).toBe(1);
    expect(await db.mergeSuggestion.count()).toBe(0);
  });

  it("an anonymous visitor who identifies as a known customer joins them (merge, audited)", async () => {
    const a = await customer({ email: "anna@example.com" });
    await ingest([event({ anonymousId: "v_anna_phone" }), event({ anonymousId: "v_anna_phone" })]);
    const visitor = await personOf("ANON_ID", "v_anna_phone");
    await ingest([event({ anonymousId: "v_anna_phone", email: "anna@example.com" }, "login")]);
    expect(await personOf("ANON_ID", "v_anna_phone")).toBe(a);
    expect(await holdings(a)).toMatchObject({ events: 5, deals: 1, notes: 1, tasks: 1 });
    expect((await holdings(visitor)).mergedIntoId).toBe(a);
    expect(await db.auditLog.count({ where: { action: "person.merge" } })).toBe(1);
    expect(await db.mergeSuggestion.count()).toBe(0);
  });

  it("a batch with an honest link and a conflicting claim does the first and suggests the second", async () => {
    const a = await customer({ email: "anna@example.com" });
    const b = await customer({ phone: "+79001112233" });
    await ingest([event({ anonymousId: "v_1" })]);
    await ingest([event({ anonymousId: "v_1", email: "anna@example.com" }), event({ email: "anna@example.com", phone: "+79001112233" })]);
    expect(await personOf("ANON_ID", "v_1")).toBe(a);
    expect((await holdings(b)).mergedIntoId).toBeNull();
    expect(await db.mergeSuggestion.count()).toBe(1);
  });
});

describe("secret keys", () => {
  it("suggest like a public key unless created to merge known people", async () => {
    const a = await customer({ email: "anna@example.com" });
    const b = await customer({ phone: "+79001112233" });
    await ingest([event({ email: "anna@example.com", phone: "+79001112233" })], await keyOf("SECRET"));
    expect((await holdings(b)).mergedIntoId).toBeNull();
    expect(await db.mergeSuggestion.count({ where: { status: "OPEN" } })).toBe(1);

    const trusted = await keyOf("SECRET", true);
    await ingest([event({ email: "anna@example.com", phone: "+79001112233" }, "order")], trusted);
    const kept = (await holdings(a)).mergedIntoId === null ? a : b;
    expect(await holdings(kept)).toMatchObject({ deals: 2, notes: 2, tasks: 2, events: 6, mergedIntoId: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "person.merge" } });
    expect(JSON.parse(audit.data)).toMatchObject({ reason: "shared identity", apiKeyId: trusted.id });
    // The open suggestion between them is settled by the merge.
    expect(await db.mergeSuggestion.findFirstOrThrow()).toMatchObject({ status: "CONFIRMED", decidedById: null });
  });
});
