import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { verifyApiKey, type VerifiedApiKey } from "@/lib/api-keys/verify-api-key";
import { findOrCreatePerson } from "@/lib/people/find-or-create-person";
import { DAY_MS } from "@/lib/scoring/score-math";
import { ingestEvents } from "./ingest-events";

let w: World;
let key: VerifiedApiKey;
const T0 = new Date("2026-03-02T10:00:00.000Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY_MS);
let n = 0;

interface E {
  id?: string;
  type?: string;
  occurredAt?: string | number;
  channel?: string;
  identities?: Record<string, string>;
  properties?: Record<string, unknown>;
  traits?: Record<string, string>;
  utm?: Record<string, string>;
}
const event = (e: E = {}) => ({ id: `ev-${++n}`, type: "page_view", occurredAt: T0.toISOString(), identities: { anonymousId: "v_anon1" }, ...e });
const ingest = (events: unknown[], now = T0) => ingestEvents({ key, body: { events }, now });

async function counts() {
  const [people, identities, events, signals, merges] = await Promise.all([
    db.person.count(),
    db.identity.count(),
    db.event.count(),
    db.personSignal.count(),
    db.auditLog.count({ where: { action: "person.merge" } }),
  ]);
  return { people, identities, events, signals, merges };
}

async function personByIdentity(kind: "EMAIL" | "ANON_ID" | "PHONE", value: string) {
  const identity = await db.identity.findUniqueOrThrow({ where: { kind_value: { kind, value } } });
  return db.person.findUniqueOrThrow({ where: { id: identity.personId } });
}

async function rules(list: { eventType: string; channel?: string | null; points: number; halfLifeDays?: number }[], thresholds = { warm: 10, hot: 25 }) {
  const created = [];
  for (const r of list) created.push(await db.scoringRule.create({ data: { channel: null, halfLifeDays: 14, ...r } }));
  await db.setting.upsert({ where: { key: "scoring.thresholds" }, create: { key: "scoring.thresholds", value: JSON.stringify(thresholds) }, update: { value: JSON.stringify(thresholds) } });
  return created;
}

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  const created = await createApiKey({ actor: w.admin, name: "test" });
  key = await verifyApiKey({ authorization: `Bearer ${created.secret}` });
});

describe("ingestEvents: storing", () => {
  it("stores events with their attribution and creates one person per visitor", async () => {
    const result = await ingest([
      event({ id: "a", channel: "Ads", utm: { source: "yandex", medium: "cpc", campaign: "spring" }, properties: { url: "/pricing" }, occurredAt: at(-2).toISOString() }),
      event({ id: "b", type: "Cart_Add", occurredAt: at(-1).getTime() }),
      event({ id: "c", identities: { anonymousId: "v_other" } }),
    ]);
    expect(result).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    const stored = await db.event.findUniqueOrThrow({ where: { externalId: "a" } });
    expect(stored).toMatchObject({ type: "page_view", channel: "ads", utmSource: "yandex", utmMedium: "cpc", utmCampaign: "spring", occurredAt: at(-2), receivedAt: T0 });
    expect(JSON.parse(stored.properties)).toEqual({ url: "/pricing" });
    expect((await db.event.findUniqueOrThrow({ where: { externalId: "b" } })).type).toBe("cart_add");

    const visitor = await personByIdentity("ANON_ID", "v_anon1");
    expect(visitor).toMatchObject({ name: "Visitor anon1", firstTouchChannel: "ads", lastTouchAt: at(-1), createdAt: at(-2), mergedIntoId: null });
    expect(await db.event.count({ where: { personId: visitor.id } })).toBe(2);
    expect((await personByIdentity("ANON_ID", "v_other")).id).not.toBe(visitor.id);
    expect(await counts()).toMatchObject({ people: 2, identities: 2, events: 3 });
  });

  it("never double counts a retried batch, nor an id repeated within a batch", async () => {
    await rules([{ eventType: "page_view", points: 2 }]);
    const batch = [event({ id: "r1" }), event({ id: "r2", occurredAt: at(0.5).toISOString() }), event({ id: "r1" })];
    expect(await ingest(batch, at(1))).toEqual({ accepted: 2, duplicates: 1, rejected: [] });
    const after = await counts();
    const person = await personByIdentity("ANON_ID", "v_anon1");
    const signal = await db.personSignal.findFirstOrThrow({ where: { personId: person.id } });

    expect(await ingest(batch, at(2))).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
    expect(await counts()).toEqual(after);
    expect(await db.personSignal.findFirstOrThrow({ where: { personId: person.id } })).toEqual(signal);
    expect(signal.events).toBe(2);

    // A retry that also carries new events stores only those.
    expect(await ingest([...batch, event({ id: "r3", occurredAt: at(1).toISOString() })], at(2))).toEqual({ accepted: 1, duplicates: 3, rejected: [] });
    expect((await db.personSignal.findFirstOrThrow({ where: { personId: person.id } })).events).toBe(3);
    expect(await db.event.count()).toBe(3);
  });

  it("writes requests that arrive together in one go, each id counted once for one request", async () => {
    await rules([{ eventType: "page_view", points: 1 }]);
    const requests = Array.from({ length: 6 }, (_, r) =>
      Array.from({ length: 40 }, (_, i) => event({ id: `c-${(r * 25 + i) % 120}`, identities: { anonymousId: `v_c${(r + i) % 9}` } })),
    );
    const results = await Promise.all(requests.map((events) => ingest(events)));
    const distinct = new Set(requests.flat().map((e) => e.id));
    expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(distinct.size);
    results.forEach((r, i) => expect(r.accepted + r.duplicates).toBe(requests[i].length));
    expect(await db.event.count()).toBe(distinct.size);
    expect((await db.personSignal.aggregate({ _sum: { events: true } }))._sum.events).toBe(distinct.size);
    expect(await db.person.count({ where: { mergedIntoId: null } })).toBe(9);
  });

  it("stores the good events of a partly bad batch and says what is wrong with each bad one", async () => {
    const result = await ingest([
      event({ id: "good-1" }),
      { id: "bad-date", type: "page_view", occurredAt: "yesterday", identities: { anonymousId: "v_x" } },
      event({ id: "bad-email", identities: { email: "not-an-email" } }),
      "not an object",
      event({ id: "bad-future", occurredAt: at(3).toISOString() }),
      event({ id: "no-ids", identities: {} }),
      { type: "page_view", occurredAt: T0.toISOString(), identities: { anonymousId: "v_y" } },
      event({ id: "good-2", type: "order" }),
    ]);
    expect(result.accepted).toBe(2);
    expect(result.duplicates).toBe(0);
    expect(result.rejected).toEqual([
      { index: 1, clientId: "bad-date", error: expect.stringContaining("occurredAt must be an ISO 8601 date-time") },
      { index: 2, clientId: "bad-email", error: "identities.email: Enter a valid email" },
      { index: 3, clientId: null, error: expect.stringContaining("each event must be a JSON object") },
      { index: 4, clientId: "bad-future", error: expect.stringContaining("in the future") },
      { index: 5, clientId: "no-ids", error: expect.stringContaining("identities needs at least one of") },
      { index: 6, clientId: null, error: "id is required" },
    ]);
    expect((await db.event.findMany({ select: { externalId: true }, orderBy: { externalId: "asc" } })).map((e) => e.externalId)).toEqual(["good-1", "good-2"]);
    expect(await counts()).toMatchObject({ people: 1, identities: 1 });
  });

  it("refuses a wholly bad request with a clear message and writes nothing", async () => {
    const before = await counts();
    for (const body of [null, [], "events", { events: "x" }, { events: [] }, { batch: [event()] }, { events: Array.from({ length: 1001 }, () => event()) }]) {
      const error = await expectAppError(ingestEvents({ key, body, now: T0 }), "VALIDATION");
      expect(error.message.length).toBeGreaterThan(10);
    }
    expect((await expectAppError(ingestEvents({ key, body: { events: Array.from({ length: 1001 }, () => event()) }, now: T0 }), "VALIDATION")).message).toContain("at most 1000");
    expect(await counts()).toEqual(before);
  });
});

describe("ingestEvents: identity resolution", () => {
  it("ties an anonymous id to the email it later comes with, and finds the person by either", async () => {
    await ingest([event({ id: "1", identities: { anonymousId: "v_web" } })], at(0));
    await ingest([event({ id: "2", type: "form_submit", identities: { anonymousId: "v_web", email: "Maria@Romashka.RU" }, traits: { name: "Мария" } })], at(1));
    await ingest([event({ id: "3", type: "email_open", identities: { email: "maria@romashka.ru" }, channel: "email" })], at(2));
    const person = await personByIdentity("ANON_ID", "v_web");
    expect((await personByIdentity("EMAIL", "maria@romashka.ru")).id).toBe(person.id);
    expect(person.name).toBe("Мария");
    expect(await db.event.count({ where: { personId: person.id } })).toBe(3);
    expect(await counts()).toMatchObject({ people: 1, identities: 2, merges: 0 });
  });

  it("links a Russian phone written with 8 to the person quick add stored with +7", async () => {
    const known = await db.$transaction((tx) => findOrCreatePerson(tx, { name: "Пётр", phone: "+7 (912) 000-11-22", ownerId: w.rep.id }));
    await ingest([event({ type: "call", identities: { phone: "8 912 000 11 22" } })]);
    expect(await db.event.findFirstOrThrow({ select: { personId: true } })).toEqual({ personId: known.id });
    expect((await db.person.findUniqueOrThrow({ where: { id: known.id } })).name).toBe("Пётр");
  });

  it("merges two known people found to share an identity: the older stays and gets everything", async () => {
    const [views, orders] = await rules([
      { eventType: "page_view", points: 2, halfLifeDays: 10 },
      { eventType: "order", points: 30, halfLifeDays: 20 },
    ]);
    // The email person is older than the web visitor.
    await ingest([event({ id: "e1", type: "order", identities: { email: "oleg@example.com" }, occurredAt: at(-10).toISOString() })], at(-10));
    await ingest([event({ id: "w1", identities: { anonymousId: "v_oleg" }, occurredAt: at(-3).toISOString() }), event({ id: "w2", type: "order", identities: { anonymousId: "v_oleg" }, occurredAt: at(-2).toISOString() })], at(-2));
    const older = await personByIdentity("EMAIL", "oleg@example.com");
    const younger = await personByIdentity("ANON_ID", "v_oleg");
    const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: younger.id });
    await db.note.create({ data: { personId: younger.id, authorId: w.rep.id, body: "Хочет скидку" } });
    await db.task.create({ data: { personId: younger.id, assigneeId: w.rep.id, title: "Перезвонить" } });

    const result = await ingest([event({ id: "link", identities: { anonymousId: "v_oleg", email: "OLEG@example.com" }, occurredAt: at(0).toISOString() })], at(0));
    expect(result.accepted).toBe(1);

    const kept = await db.person.findUniqueOrThrow({ where: { id: older.id } });
    const gone = await db.person.findUniqueOrThrow({ where: { id: younger.id } });
    expect(gone).toMatchObject({ mergedIntoId: older.id, score: 0, temperature: "COLD" });
    expect(kept.mergedIntoId).toBeNull();
    for (const table of ["identity", "event", "note", "task"] as const) {
      expect(await (db[table] as unknown as { count(a: object): Promise<number> }).count({ where: { personId: younger.id } })).toBe(0);
    }
    expect(await db.event.count({ where: { personId: older.id } })).toBe(4);
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).personId).toBe(older.id);
    expect(await db.identity.count({ where: { personId: older.id } })).toBe(2);

    // Signals combined as if one person had every event: orders at −10 and −2, views at −3 and 0.
    const signals = await db.personSignal.findMany({ where: { personId: older.id } });
    const value = (ruleId: string) => signals.find((s) => s.ruleId === ruleId)!;
    expect(value(orders.id).value).toBeCloseTo(30 * Math.pow(2, -8 / 20) + 30, 6);
    expect(value(orders.id).events).toBe(2);
    expect(value(views.id).value).toBeCloseTo(2 * Math.pow(2, -3 / 10) + 2, 6);
    expect(value(views.id).events).toBe(2);
    expect(await db.personSignal.count({ where: { personId: younger.id } })).toBe(0);
    // The score is as of the linking batch (day 0): orders 10 and 2 days old, views 3 and 0.
    const expected = Math.round((30 * Math.pow(2, -10 / 20) + 30 * Math.pow(2, -2 / 20) + 2 * Math.pow(2, -3 / 10) + 2) * 10) / 10;
    expect(kept).toMatchObject({ score: expected, temperature: "HOT", lastTouchAt: at(0) });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "person.merge" } });
    expect(audit).toMatchObject({ entity: "Person", entityId: older.id, actorId: null });
    expect(JSON.parse(audit.data)).toMatchObject({ reason: "shared identity", merged: [{ id: younger.id }], moved: { events: 2, deals: 1, notes: 1, tasks: 1, identities: 1 }, apiKeyId: key.id });
  });

  it("merges within one batch, and chains of links become one person", async () => {
    await ingest([event({ id: "p1", identities: { anonymousId: "v_1" } }), event({ id: "p2", identities: { anonymousId: "v_2" } }), event({ id: "p3", identities: { email: "x@y.ru" } })], at(0));
    expect(await counts()).toMatchObject({ people: 3 });
    await ingest([event({ id: "l1", identities: { anonymousId: "v_1", email: "x@y.ru" } }), event({ id: "l2", identities: { anonymousId: "v_2", phone: "+7 900 111-22-33" } }), event({ id: "l3", identities: { email: "x@y.ru", phone: "89001112233" } })], at(1));
    const live = await db.person.findMany({ where: { mergedIntoId: null } });
    expect(live).toHaveLength(1);
    expect(await db.event.count({ where: { personId: live[0].id } })).toBe(6);
    expect(await db.identity.count({ where: { personId: live[0].id } })).toBe(4);
    expect(await db.person.count({ where: { mergedIntoId: live[0].id } })).toBe(2);
  });
});

describe("ingestEvents: scoring", () => {
  it("decays points with the half-life, per rule, and reads the temperature from the thresholds", async () => {
    const [, order] = await rules([
      { eventType: "page_view", points: 1, halfLifeDays: 14 },
      { eventType: "order", points: 30, halfLifeDays: 7 },
    ]);
    await ingest([event({ id: "o", type: "order" })], T0);
    let person = await personByIdentity("ANON_ID", "v_anon1");
    expect(person).toMatchObject({ score: 30, temperature: "HOT", scoreAt: T0 });

    await ingest([event({ id: "v", occurredAt: at(7).toISOString() })], at(7));
    person = await personByIdentity("ANON_ID", "v_anon1");
    expect(person).toMatchObject({ score: 16, temperature: "WARM", scoreAt: at(7) });
    const signal = await db.personSignal.findUniqueOrThrow({ where: { personId_ruleId: { personId: person.id, ruleId: order.id } } });
    expect(signal).toMatchObject({ value: 30, at: T0, events: 1 });

    // A late event (sent days after it happened) counts decayed to when it happened.
    await ingest([event({ id: "late", type: "order", occurredAt: at(0).toISOString() })], at(14));
    person = await personByIdentity("ANON_ID", "v_anon1");
    expect(person.score).toBeCloseTo(Math.round((30 * 0.25 + 30 * 0.25 + 1 * Math.SQRT1_2) * 10) / 10, 6);
    expect(person.temperature).toBe("WARM");
  });

  it("weighs a channel with its own rule, scores nothing for types without a rule", async () => {
    await rules([
      { eventType: "page_view", points: 1 },
      { eventType: "page_view", channel: "ads", points: 5 },
    ]);
    await ingest([event({ channel: "ads" }), event({ channel: "ADS" }), event({ channel: "email" }), event({ type: "unknown_thing" })]);
    expect((await personByIdentity("ANON_ID", "v_anon1")).score).toBe(11);
    expect(await db.personSignal.count()).toBe(2);
  });

  it("touches the person's open deals, never moving a touch back", async () => {
    await ingest([event({ id: "first", identities: { email: "d@x.ru" } })], at(0));
    const person = await personByIdentity("EMAIL", "d@x.ru");
    const open = await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: person.id });
    const touched = (await db.deal.findUniqueOrThrow({ where: { id: open.id } })).lastTouchAt;
    const future = new Date(Math.max(Date.now(), T0.getTime()) + 5 * DAY_MS);
    await ingest([event({ id: "old", identities: { email: "d@x.ru" }, occurredAt: at(-30).toISOString() })], future);
    expect((await db.deal.findUniqueOrThrow({ where: { id: open.id } })).lastTouchAt).toEqual(touched);
    await ingest([event({ id: "new", identities: { email: "d@x.ru" }, occurredAt: future.toISOString() })], future);
    expect((await db.deal.findUniqueOrThrow({ where: { id: open.id } })).lastTouchAt).toEqual(future);
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).lastTouchAt).toEqual(future);
  });
});
