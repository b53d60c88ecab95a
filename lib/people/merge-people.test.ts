import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { DAY_MS } from "@/lib/scoring/score-math";
import { mergePeople } from "./merge-people";

let w: World;
const T0 = new Date("2026-04-01T00:00:00.000Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY_MS);

async function person(name: string, createdAt: Date, extra: { company?: string; ownerId?: string; lastTouchAt?: Date } = {}) {
  return db.person.create({ data: { name, createdAt, ...extra }, select: { id: true } });
}

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("mergePeople (manual)", () => {
  it("keeps the older profile whatever the order given, and moves everything to it", async () => {
    const rule = await db.scoringRule.create({ data: { eventType: "call", points: 10, halfLifeDays: 10 } });
    await db.setting.create({ data: { key: "scoring.thresholds", value: JSON.stringify({ warm: 5, hot: 15 }) } });
    const old = await person("Visitor 3f9a1c", at(-30), { lastTouchAt: at(-20) });
    const young = await person("Ирина Смирнова", at(-5), { company: "Ромашка", ownerId: w.rep.id, lastTouchAt: at(-1) });
    const earlierMerged = await db.person.create({ data: { name: "older duplicate", mergedIntoId: young.id }, select: { id: true } });
    await db.identity.create({ data: { personId: young.id, kind: "EMAIL", value: "irina@romashka.ru" } });
    await db.event.create({ data: { personId: young.id, externalId: "x1", type: "call", occurredAt: at(-1) } });
    await db.personSignal.create({ data: { personId: old.id, ruleId: rule.id, value: 10, at: at(-20), events: 1 } });
    await db.personSignal.create({ data: { personId: young.id, ruleId: rule.id, value: 10, at: at(-10), events: 1 } });
    const deal = await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: young.id });

    const result = await mergePeople({ actor: w.head, personIds: [young.id, old.id], now: at(0) });
    expect(result).toEqual({ keptId: old.id, mergedIds: [young.id] });

    const kept = await db.person.findUniqueOrThrow({ where: { id: old.id } });
    // A made-up name gives way to a typed one; missing company and owner are filled in.
    expect(kept).toMatchObject({ name: "Ирина Смирнова", company: "Ромашка", ownerId: w.rep.id, lastTouchAt: at(-1), mergedIntoId: null });
    const signal = await db.personSignal.findUniqueOrThrow({ where: { personId_ruleId: { personId: old.id, ruleId: rule.id } } });
    expect(signal).toMatchObject({ value: 10 * 0.5 + 10, at: at(-10), events: 2 });
    expect(kept.score).toBe(7.5);
    expect(kept.temperature).toBe("WARM");
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).personId).toBe(old.id);
    expect(await db.identity.count({ where: { personId: old.id } })).toBe(1);
    expect(await db.event.count({ where: { personId: old.id } })).toBe(1);
    expect((await db.person.findUniqueOrThrow({ where: { id: earlierMerged.id } })).mergedIntoId).toBe(old.id);
    expect((await db.person.findUniqueOrThrow({ where: { id: young.id } })).mergedIntoId).toBe(old.id);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "person.merge" } });
    expect(audit).toMatchObject({ actorId: w.head.id, entity: "Person", entityId: old.id });
    expect(JSON.parse(audit.data)).toMatchObject({ reason: "manual", merged: [{ id: young.id, name: "Ирина Смирнова" }], moved: { deals: 1, events: 1, identities: 1 } });
  });

  it("is for heads and admins only, and refuses what cannot be merged", async () => {
    const a = await person("A", at(-2));
    const b = await person("B", at(-1));
    await expectAppError(mergePeople({ actor: w.rep, personIds: [a.id, b.id] }), "FORBIDDEN");
    await expectAppError(mergePeople({ actor: w.admin, personIds: [a.id, a.id] }), "VALIDATION");
    await expectAppError(mergePeople({ actor: w.admin, personIds: [a.id, "missing"] }), "NOT_FOUND");
    expect(await db.person.count({ where: { mergedIntoId: { not: null } } })).toBe(0);
    await mergePeople({ actor: w.admin, personIds: [a.id, b.id] });
    const c = await person("C", at(0));
    await expectAppError(mergePeople({ actor: w.admin, personIds: [b.id, c.id] }), "CONFLICT");
    expect(await db.auditLog.count({ where: { action: "person.merge" } })).toBe(1);
  });
});
