// Suggested merges (made by ingest when a key may not merge two known people): listed for heads
// and admins, confirmed through the one merge path, dismissed with a record; reps decide nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { verifyApiKey, type VerifiedApiKey } from "@/lib/api-keys/verify-api-key";
import { ingestEvents } from "@/lib/events/ingest-events";
import { confirmMergeSuggestion } from "./confirm-merge-suggestion";
import { dismissMergeSuggestion } from "./dismiss-merge-suggestion";
import { listMergeSuggestions } from "./list-merge-suggestions";
import { mergePeople } from "./merge-people";

let w: World;
let key: VerifiedApiKey;
let n = 0;
const T0 = new Date("2026-03-02T10:00:00.000Z");
const ingest = (identities: Record<string, string>, now = T0) =>
  ingestEvents({ key, body: { events: [{ id: `s-${++n}`, type: "page_view", occurredAt: now.toISOString(), identities }] }, now });
const personOf = async (kind: "EMAIL" | "PHONE", value: string) => (await db.identity.findUniqueOrThrow({ where: { kind_value: { kind, value } } })).personId;

let a: string;
let b: string;
let suggestionId: string;

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  const created = await createApiKey({ actor: w.admin, name: "site" });
  key = await verifyApiKey({ authorization: `Bearer ${created.secret}` });
  await ingest({ email: "anna@example.com" }, new Date(T0.getTime() - 60_000));
  await ingest({ phone: "+79001112233" });
  [a, b] = [await personOf("EMAIL", "anna@example.com"), await personOf("PHONE", "+79001112233")];
  await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: b });
  await db.note.create({ data: { personId: b, authorId: w.rep.id, body: "Context" } });
  await db.task.create({ data: { personId: b, assigneeId: w.rep.id, title: "Call back" } });
  await ingest({ email: "anna@example.com", phone: "+79001112233" });
  suggestionId = (await db.mergeSuggestion.findFirstOrThrow()).id;
});

describe("listMergeSuggestions", () => {
  it("lists a person's open suggestions with the other person first-named after them, and everyone's", async () => {
    const forB = await listMergeSuggestions({ actor: w.head, personId: b });
    expect(forB.total).toBe(1);
    expect(forB.items[0]).toMatchObject({
      id: suggestionId,
      people: [{ id: b }, { id: a, name: "anna@example.com" }],
      identity: { kind: "PHONE", value: "+79001112233" },
      event: { type: "page_view", occurredAt: T0 },
    });
    expect((await listMergeSuggestions({ actor: w.admin, personId: a })).items[0].people[0].id).toBe(a);
    expect((await listMergeSuggestions({ actor: w.admin })).total).toBe(1);
  });

  it("follows a person merged away meanwhile to the person kept", async () => {
    const c = (await db.person.create({ data: { name: "Boris (old profile)", createdAt: new Date("2025-01-01T00:00:00Z") } })).id;
    const merged = await mergePeople({ actor: w.head, personIds: [c, b] });
    expect(merged.keptId).toBe(c);
    const forC = await listMergeSuggestions({ actor: w.head, personId: c });
    expect(forC.items.map((s) => s.people.map((p) => p.id))).toEqual([[c, a]]);
    expect((await listMergeSuggestions({ actor: w.head, personId: b })).total).toBe(0);
  });
});

describe("confirmMergeSuggestion", () => {
  it("merges through the one merge path, audited, and closes the suggestion as confirmed", async () => {
    const result = await confirmMergeSuggestion({ actor: w.head, suggestionId });
    expect(result).toEqual({ keptId: a, mergedIds: [b] });
    expect(await db.person.findUniqueOrThrow({ where: { id: b } })).toMatchObject({ mergedIntoId: a });
    for (const count of [db.deal.count({ where: { personId: a } }), db.note.count({ where: { personId: a } }), db.task.count({ where: { personId: a } })]) {
      expect(await count).toBe(1);
    }
    expect(await db.mergeSuggestion.findUniqueOrThrow({ where: { id: suggestionId } })).toMatchObject({ status: "CONFIRMED", decidedById: w.head.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "person.merge" } });
    expect(audit).toMatchObject({ actorId: w.head.id, entityId: a });
    expect(JSON.parse(audit.data)).toMatchObject({ reason: "suggested merge", suggestionId, merged: [{ id: b }], moved: { deals: 1, notes: 1, tasks: 1 } });
    expect((await listMergeSuggestions({ actor: w.head })).total).toBe(0);
    await expectAppError(confirmMergeSuggestion({ actor: w.head, suggestionId }), "CONFLICT");
    await expectAppError(dismissMergeSuggestion({ actor: w.head, suggestionId }), "CONFLICT");
  });
});

describe("dismissMergeSuggestion", () => {
  it("moves nothing, records who decided, audits, and the same claim later does not reopen it", async () => {
    const result = await dismissMergeSuggestion({ actor: w.admin, suggestionId });
    expect(result).toEqual({ id: suggestionId, personIds: [a, b].sort() });
    expect(await db.mergeSuggestion.findUniqueOrThrow({ where: { id: suggestionId } })).toMatchObject({ status: "DISMISSED", decidedById: w.admin.id });
    expect(await db.person.count({ where: { mergedIntoId: { not: null } } })).toBe(0);
    expect(await db.deal.count({ where: { personId: b } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "person.mergeDismiss" } });
    expect(audit).toMatchObject({ actorId: w.admin.id, entity: "Person" });
    expect(JSON.parse(audit.data)).toMatchObject({ suggestionId, identity: { kind: "PHONE", value: "+79001112233" } });

    await ingest({ email: "anna@example.com", phone: "+79001112233" });
    expect(await db.mergeSuggestion.count()).toBe(1);
    expect((await listMergeSuggestions({ actor: w.head })).total).toBe(0);
    await expectAppError(confirmMergeSuggestion({ actor: w.head, suggestionId }), "CONFLICT");
  });
});

describe("permissions", () => {
  it("lets a rep neither list, confirm nor dismiss; nothing changes", async () => {
    await expectAppError(listMergeSuggestions({ actor: w.rep, personId: a }), "FORBIDDEN");
    await expectAppError(confirmMergeSuggestion({ actor: w.rep, suggestionId }), "FORBIDDEN");
    await expectAppError(dismissMergeSuggestion({ actor: w.rep, suggestionId }), "FORBIDDEN");
    expect(await db.mergeSuggestion.findUniqueOrThrow({ where: { id: suggestionId } })).toMatchObject({ status: "OPEN", decidedById: null });
    expect(await db.person.count({ where: { mergedIntoId: { not: null } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: { in: ["person.merge", "person.mergeDismiss"] } } })).toBe(0);
  });

  it("answers NOT_FOUND for an unknown suggestion", async () => {
    await expectAppError(confirmMergeSuggestion({ actor: w.head, suggestionId: "missing" }), "NOT_FOUND");
    await expectAppError(dismissMergeSuggestion({ actor: w.head, suggestionId: "missing" }), "NOT_FOUND");
  });
});
