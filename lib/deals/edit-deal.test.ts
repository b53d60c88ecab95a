// Editing a deal's fields through the one write path: each field, its history row, the counters
// and visits it keeps exact, who may do it, and stale edits that are refused with what changed.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectRejectedWithoutWrites, expectTotalsInStep, expectVisitsInStep, snapshotTables } from "@/lib/testing/db-state";
import { closeDeal } from "./close-deal";
import { editDeal } from "./edit-deal";
import { moveDeal } from "./move-deal";

let w: World;
const stage = (i: number) => w.pipeline.stages[i].id;
// Values in minor units, as the domain functions take them (the action's schema converts typed amounts).
const deal = (owner = w.rep, input: { value?: number; source?: string; expectedCloseAt?: Date } = {}) =>
  makeDeal(owner, { pipelineId: w.pipeline.id, stageId: stage(1), value: 1_000, ...input });
const history = (dealId: string) =>
  db.dealFieldChange.findMany({ where: { dealId }, orderBy: [{ version: "asc" }, { field: "asc" }], select: { field: true, oldValue: true, newValue: true, version: true, byUserId: true } });
const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("editDeal: every field", () => {
  it("title, money, close date, person and source: one row each, version +1, counters and visits exact", async () => {
    const { id } = await deal(w.rep, { source: "ads", expectedCloseAt: day("2026-12-01") });
    const person = await createPerson({ name: "Ольга Петрова" });
    const edited = await editDeal({
      actor: w.rep,
      dealId: id,
      version: 1,
      changes: { title: "Лицензии на 20 мест", value: 2_500, currency: "USD", expectedCloseAt: day("2026-12-15"), personId: person.id, source: "referral" },
    });
    expect(edited).toMatchObject({ version: 2, title: "Лицензии на 20 мест", value: 2_500, currency: "USD", personId: person.id, source: "referral", closeDatePushes: 1, changed: 5 });
    const row = await db.deal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Лицензии на 20 мест", value: BigInt(2_500), currency: "USD", personId: person.id, source: "referral", version: 2, closeDatePushes: 1 });
    expect(row.expectedCloseAt).toEqual(day("2026-12-15"));
    expect(await history(id)).toEqual([
      { field: "expectedCloseAt", oldValue: "2026-12-01T00:00:00.000Z", newValue: "2026-12-15T00:00:00.000Z", version: 2, byUserId: w.rep.id },
      { field: "person", oldValue: null, newValue: person.id, version: 2, byUserId: w.rep.id },
      { field: "source", oldValue: "ads", newValue: "referral", version: 2, byUserId: w.rep.id },
      { field: "title", oldValue: expect.stringMatching(/^Сделка \d+$/), newValue: "Лицензии на 20 мест", version: 2, byUserId: w.rep.id },
      { field: "value", oldValue: "1000 RUB", newValue: "2500 USD", version: 2, byUserId: w.rep.id },
    ]);
    // The stage history is untouched: an edit is not a transition.
    expect(await db.stageTransition.count({ where: { dealId: id } })).toBe(1);
    await expectTotalsInStep();
    await expectVisitsInStep();
    expect(await db.stageVisit.findMany({ where: { dealId: id }, select: { source: true } })).toEqual([{ source: "referral" }]);
  });

  it("a head gives a deal to another owner: counters move to the new owner, every visit follows", async () => {
    const { id, version } = await deal(w.rep, { value: 3_000 });
    const moved = await moveDeal({ actor: w.rep, dealId: id, toStageId: stage(2), version });
    await editDeal({ actor: w.head, dealId: id, version: moved.version, changes: { ownerId: w.otherRep.id } });
    expect(await db.stageVisit.findMany({ where: { dealId: id }, select: { ownerId: true } })).toEqual([{ ownerId: w.otherRep.id }, { ownerId: w.otherRep.id }]);
    const totals = await db.stageTotal.findMany({ where: { stageId: stage(2) }, select: { ownerId: true, count: true, value: true } });
    expect(totals.filter((t) => t.count !== 0)).toEqual([{ ownerId: w.otherRep.id, count: 1, value: BigInt(3_000) }]);
    expect(await history(id)).toEqual([{ field: "owner", oldValue: w.rep.id, newValue: w.otherRep.id, version: 3, byUserId: w.head.id }]);
    await expectTotalsInStep();
    await expectVisitsInStep();
  });

  it("counts only pushes later as slips: setting, pulling earlier and clearing do not", async () => {
    const { id } = await deal();
    const steps: [Date | null, number][] = [
      [day("2026-12-01"), 0], // first set
      [day("2026-12-20"), 1], // pushed
      [day("2026-12-10"), 1], // pulled in
      [day("2027-01-15"), 2], // pushed
      [null, 2], // cleared
      [day("2027-03-01"), 2], // set again
      [day("2027-04-01"), 3], // pushed
    ];
    let version = 1;
    for (const [expectedCloseAt, pushes] of steps) {
      const edited = await editDeal({ actor: w.rep, dealId: id, version, changes: { expectedCloseAt } });
      expect(edited.closeDatePushes).toBe(pushes);
      version = edited.version;
    }
    expect(await db.dealFieldChange.count({ where: { dealId: id, field: "expectedCloseAt" } })).toBe(steps.length);
  });

  it("an edit that changes nothing writes nothing and keeps the version", async () => {
    const { id } = await deal(w.rep, { source: "ads" });
    const current = await db.deal.findUniqueOrThrow({ where: { id } });
    const before = await snapshotTables();
    const edited = await editDeal({ actor: w.rep, dealId: id, version: 1, changes: { title: current.title, value: 1_000, currency: "RUB", source: "ads" } });
    expect(edited).toMatchObject({ version: 1, changed: 0 });
    expect(await snapshotTables()).toEqual(before);
  });

  it("edits a closed deal without touching the counters; its visits still follow a new owner", async () => {
    const { id } = await deal(w.rep, { value: 4_000 });
    const closed = await closeDeal({ actor: w.rep, dealId: id, version: 1, outcome: "WON" });
    const totalsBefore = await db.stageTotal.findMany({ orderBy: [{ stageId: "asc" }, { ownerId: "asc" }] });
    await editDeal({ actor: w.admin, dealId: id, version: closed.version, changes: { value: 5_000, ownerId: w.head.id } });
    expect(await db.stageTotal.findMany({ orderBy: [{ stageId: "asc" }, { ownerId: "asc" }] })).toEqual(totalsBefore);
    expect(await db.deal.findUniqueOrThrow({ where: { id }, select: { value: true, ownerId: true, status: true } })).toEqual({ value: BigInt(5_000), ownerId: w.head.id, status: "WON" });
    await expectTotalsInStep();
    await expectVisitsInStep();
  });
});

describe("editDeal: who may", () => {
  it("a rep edits their own deal but not another rep's", async () => {
    const own = await deal(w.rep);
    const theirs = await deal(w.otherRep);
    await editDeal({ actor: w.rep, dealId: own.id, version: 1, changes: { title: "Мой" } });
    await expectRejectedWithoutWrites(() => editDeal({ actor: w.rep, dealId: theirs.id, version: 1, changes: { title: "Чужой" } }), "FORBIDDEN");
  });

  it("a rep may not hand over even their own deal; heads and admins give any deal to an active user", async () => {
    const { id } = await deal(w.rep);
    const error = await expectRejectedWithoutWrites(() => editDeal({ actor: w.rep, dealId: id, version: 1, changes: { ownerId: w.otherRep.id } }), "FORBIDDEN");
    expect(error.details).toEqual({ fields: { ownerId: "Not allowed" } });
    // Naming themselves as owner is no change, so it is allowed.
    await editDeal({ actor: w.rep, dealId: id, version: 1, changes: { ownerId: w.rep.id, title: "Тот же владелец" } });
    await editDeal({ actor: w.head, dealId: id, version: 2, changes: { ownerId: w.otherRep.id } });
    await editDeal({ actor: w.admin, dealId: id, version: 3, changes: { ownerId: w.head.id } });
    expect((await db.deal.findUniqueOrThrow({ where: { id } })).ownerId).toBe(w.head.id);
  });

  it("refuses an inactive owner, an unknown or merged person, and an unknown deal, writing nothing", async () => {
    const { id } = await deal(w.rep);
    const gone = await db.user.create({ data: { email: "gone@voronka.test", name: "Gone", role: "REP", active: false, passwordHash: "x" } });
    const survivor = await createPerson({ name: "Survivor" });
    const merged = await db.person.create({ data: { name: "Merged", mergedIntoId: survivor.id } });
    await expectRejectedWithoutWrites(() => editDeal({ actor: w.head, dealId: id, version: 1, changes: { ownerId: gone.id } }), "VALIDATION");
    await expectRejectedWithoutWrites(() => editDeal({ actor: w.rep, dealId: id, version: 1, changes: { personId: "nobody" } }), "VALIDATION");
    await expectRejectedWithoutWrites(() => editDeal({ actor: w.rep, dealId: id, version: 1, changes: { personId: merged.id } }), "VALIDATION");
    await expectRejectedWithoutWrites(() => editDeal({ actor: w.rep, dealId: "nope", version: 1, changes: { title: "x" } }), "NOT_FOUND");
  });
});

describe("editDeal: stale edits", () => {
  it("is refused with the other person's change, never overwriting it", async () => {
    const { id } = await deal(w.rep);
    await editDeal({ actor: w.head, dealId: id, version: 1, changes: { value: 7_000 } });
    const error = await expectRejectedWithoutWrites(() => editDeal({ actor: w.rep, dealId: id, version: 1, changes: { value: 2_000 } }), "CONFLICT");
    expect(error.details).toMatchObject({
      currentVersion: 2,
      params: { reason: "STALE_EDIT", changes: [{ field: "value", from: "1000 RUB", to: "7000 RUB", by: w.head.name, at: expect.any(String) }] },
    });
    expect(error.message).toContain(w.head.name);
    expect((await db.deal.findUniqueOrThrow({ where: { id } })).value).toBe(BigInt(7_000));
  });

  it("names owners and people by name in the conflict", async () => {
    const { id } = await deal(w.rep);
    const person = await createPerson({ name: "Иван Сидоров" });
    await editDeal({ actor: w.head, dealId: id, version: 1, changes: { ownerId: w.otherRep.id, personId: person.id } });
    const error = await expectRejectedWithoutWrites(() => editDeal({ actor: w.admin, dealId: id, version: 1, changes: { title: "x" } }), "CONFLICT");
    const changes = (error.details!.params as { changes: { field: string; from: string | null; to: string | null }[] }).changes;
    expect(changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ["owner", w.rep.name, w.otherRep.name],
      ["person", null, "Иван Сидоров"],
    ]);
  });

  it("after a move by someone else: a conflict without field changes", async () => {
    const { id } = await deal(w.rep);
    await moveDeal({ actor: w.head, dealId: id, toStageId: stage(2), version: 1 });
    const error = await expectRejectedWithoutWrites(() => editDeal({ actor: w.rep, dealId: id, version: 1, changes: { title: "x" } }), "CONFLICT");
    expect(error.details).toMatchObject({ currentVersion: 2, params: { reason: "STALE_EDIT", changes: [] } });
  });

  it("two edits of the same version at once: one lands, the other gets CONFLICT", async () => {
    const { id } = await deal(w.rep);
    const results = await Promise.allSettled([
      editDeal({ actor: w.rep, dealId: id, version: 1, changes: { value: 2_000 } }),
      editDeal({ actor: w.head, dealId: id, version: 1, changes: { value: 3_000, ownerId: w.otherRep.id } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.dealFieldChange.count({ where: { dealId: id } })).toBeLessThanOrEqual(2);
    expect((await db.deal.findUniqueOrThrow({ where: { id } })).version).toBe(2);
    await expectTotalsInStep();
    await expectVisitsInStep();
  });
});
