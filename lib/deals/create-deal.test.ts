import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createUser, type World } from "@/lib/testing/fixtures";
import { columnIds, expectRejectedWithoutWrites, expectTotalsInStep, snapshotTables } from "@/lib/testing/db-state";
import { createDealSchema, type CreateDealInput } from "@/lib/validation/deals";
import { createDeal } from "./create-deal";

let w: World;

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

/** Input as a form would send it, parsed by the real schema. */
function input(raw: Record<string, unknown>): CreateDealInput {
  return createDealSchema.parse({ title: "Поставка CRM для «Ромашки»", value: "120 000", currency: "RUB", pipelineId: w.pipeline.id, ...raw });
}

describe("createDeal", () => {
  it("creates an open deal at the top of the first stage, with its transition and counters", async () => {
    const first = await createDeal({ actor: w.rep, input: input({ title: "Первая" }) });
    const before = await snapshotTables();
    const second = await createDeal({ actor: w.rep, input: input({ value: "1 200,50", source: "ads" }) });

    expect(second).toMatchObject({ stageId: w.pipeline.stages[0].id, version: 1 });
    expect(await columnIds(w.pipeline.stages[0].id)).toEqual([second.id, first.id]);
    const row = await db.deal.findUniqueOrThrow({ where: { id: second.id } });
    expect(row).toMatchObject({ status: "OPEN", value: BigInt(120_050), currency: "RUB", ownerId: w.rep.id, source: "ads", personId: null });
    const after = await snapshotTables();
    expect(after.deals.filter((d) => d.id !== second.id)).toEqual(before.deals);
    expect(after.transitions).toHaveLength(before.transitions.length + 1);
    const t = await db.stageTransition.findFirstOrThrow({ where: { dealId: second.id } });
    expect(t).toMatchObject({ fromStageId: null, toStageId: row.stageId, fromStatus: null, toStatus: "OPEN", byUserId: w.rep.id });
    expect(t.at).toEqual(row.stageEnteredAt);
    await expectTotalsInStep();
  });

  it("creates a new person with their identities", async () => {
    const deal = await createDeal({
      actor: w.rep,
      input: input({ newPerson: { name: " Мария Иванова ", email: "Maria@Romashka.RU", phone: "+7 (912) 000-11-22", company: "Ромашка" } }),
    });
    const person = await db.person.findUniqueOrThrow({ where: { id: (await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).personId! }, include: { identities: true } });
    expect(person).toMatchObject({ name: "Мария Иванова", company: "Ромашка", ownerId: w.rep.id });
    expect(person.identities.map((i) => [i.kind, i.value]).sort()).toEqual([
      ["EMAIL", "maria@romashka.ru"],
      ["PHONE", "+79120001122"],
    ]);
  });

  it("links the existing person when the email is already known, adding the new phone", async () => {
    const a = await createDeal({ actor: w.rep, input: input({ newPerson: { name: "Мария", email: "maria@romashka.ru" } }) });
    const b = await createDeal({
      actor: w.otherRep,
      input: input({ newPerson: { name: "Мария Иванова", email: "MARIA@Romashka.ru", phone: "8 912 000 11 22" } }),
    });
    const [da, db_] = await Promise.all([a, b].map((d) => db.deal.findUniqueOrThrow({ where: { id: d.id } })));
    expect(db_.personId).toBe(da.personId);
    expect(await db.person.count()).toBe(1);
    expect(await db.identity.count({ where: { personId: da.personId! } })).toBe(2);
    expect(await db.identity.count({ where: { kind: "EMAIL" } })).toBe(1);
  });

  it("links by phone written differently", async () => {
    const a = await createDeal({ actor: w.rep, input: input({ newPerson: { name: "Пётр", phone: "+7 912 000-11-22" } }) });
    const b = await createDeal({ actor: w.rep, input: input({ newPerson: { name: "Пётр", phone: "+7(912)0001122" } }) });
    const rows = await db.deal.findMany({ where: { id: { in: [a.id, b.id] } }, select: { personId: true } });
    expect(new Set(rows.map((r) => r.personId)).size).toBe(1);
    expect(await db.person.count()).toBe(1);
  });

  it("lets a head create a deal for a rep, counted under the rep", async () => {
    const deal = await createDeal({ actor: w.head, input: input({ ownerId: w.rep.id, stageId: w.pipeline.stages[2].id }) });
    expect(await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).toMatchObject({ ownerId: w.rep.id, stageId: w.pipeline.stages[2].id });
    expect((await db.stageTransition.findFirstOrThrow({ where: { dealId: deal.id } })).byUserId).toBe(w.head.id);
    const total = await db.stageTotal.findUniqueOrThrow({
      where: { stageId_ownerId_currency: { stageId: w.pipeline.stages[2].id, ownerId: w.rep.id, currency: "RUB" } },
    });
    expect(total).toMatchObject({ count: 1, value: BigInt(12_000_000) });
  });

  it("refuses, writing nothing", async () => {
    await createDeal({ actor: w.rep, input: input({ newPerson: { name: "Мария", email: "maria@romashka.ru" } }) });
    // A rep creating for someone else.
    await expectRejectedWithoutWrites(() => createDeal({ actor: w.rep, input: input({ ownerId: w.otherRep.id }) }), "FORBIDDEN");
    // A stage of another pipeline, unknown stage / pipeline / person, an inactive owner.
    await expectRejectedWithoutWrites(
      () => createDeal({ actor: w.rep, input: input({ stageId: w.otherPipeline.stages[0].id }) }),
      "VALIDATION",
    );
    await expectRejectedWithoutWrites(() => createDeal({ actor: w.rep, input: input({ stageId: "nope" }) }), "NOT_FOUND");
    await expectRejectedWithoutWrites(() => createDeal({ actor: w.rep, input: input({ pipelineId: "nope" }) }), "NOT_FOUND");
    await expectRejectedWithoutWrites(() => createDeal({ actor: w.rep, input: input({ personId: "nope" }) }), "NOT_FOUND");
    const gone = await createUser("REP", "Former Rep", false);
    await expectRejectedWithoutWrites(() => createDeal({ actor: w.head, input: input({ ownerId: gone.id }) }), "VALIDATION");
  });
});

describe("createDealSchema", () => {
  const base = { title: "Сделка", currency: "RUB", pipelineId: "p1" };
  const messages = (raw: Record<string, unknown>) => {
    const parsed = createDealSchema.safeParse({ ...base, ...raw });
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("reads amounts the way people type them, in minor units", () => {
    const value = (v: unknown) => createDealSchema.parse({ ...base, value: v }).value;
    expect(value("1 200,50")).toBe(120_050);
    expect(value("1200.5")).toBe(120_050);
    expect(value("1\u00a0000")).toBe(100_000);
    expect(value(99)).toBe(9_900);
    expect(value("")).toBe(0);
  });

  it("explains bad input clearly", () => {
    expect(messages({ value: "12,3,4" })).toEqual(["value: Enter an amount like 1200 or 1200.50"]);
    expect(messages({ value: "-5" })).toEqual(["value: Enter an amount like 1200 or 1200.50"]);
    expect(messages({ value: "1.234" })).toEqual(["value: Enter an amount like 1200 or 1200.50"]);
    expect(messages({ value: "99999999999999999" })).toEqual(["value: That amount is too large"]);
    expect(messages({ value: 1, title: "   " })).toEqual(["title: Give the deal a title"]);
    expect(messages({ value: 1, newPerson: { name: "Мария", email: "maria@" } })).toEqual(["newPerson.email: Enter a valid email"]);
    expect(messages({ value: 1, newPerson: { name: "Мария", phone: "call me" } })).toEqual(["newPerson.phone: Digits, spaces, +, ( ) and - only"]);
    expect(messages({ value: 1, newPerson: { name: "" } })).toEqual(["newPerson.name: Enter the person's name"]);
    expect(messages({ value: 1, personId: "x", newPerson: { name: "Мария" } })).toEqual(["personId: Pick a person or create one, not both"]);
    expect(messages({ value: 1, currency: "GBP" })).toHaveLength(1);
  });
});
