import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { expectAppError, expectRejectedWithoutWrites } from "@/lib/testing/db-state";
import { updatePerson } from "./update-person";

let w: World;
let maria: { id: string; updatedAt: Date };

const identities = async (personId: string) =>
  (await db.identity.findMany({ where: { personId } })).map((i) => `${i.kind}:${i.value}`).sort();

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  maria = await db.person.create({
    data: { name: "Мария", company: "Ромашка", ownerId: w.rep.id, identities: { create: [{ kind: "EMAIL", value: "maria@romashka.ru" }] } },
    select: { id: true, updatedAt: true },
  });
});

describe("updatePerson", () => {
  it("saves name and company, adds normalized identities and removes others, with an audit entry", async () => {
    const email = await db.identity.findFirstOrThrow({ where: { personId: maria.id } });
    await updatePerson({
      actor: w.rep,
      input: {
        personId: maria.id,
        name: "  Мария Иванова ",
        company: "",
        addIdentities: [
          { kind: "PHONE", value: "+7 (912) 000-11-22" },
          { kind: "EMAIL", value: " Maria.Ivanova@Romashka.RU" },
          { kind: "PHONE", value: "+79120001122" }, // the same phone twice: one identity
          { kind: "MESSENGER", value: "@Maria_I" },
        ],
        removeIdentityIds: [email.id],
        expectedUpdatedAt: maria.updatedAt,
      },
    });
    expect(await db.person.findUniqueOrThrow({ where: { id: maria.id } })).toMatchObject({ name: "Мария Иванова", company: null, ownerId: w.rep.id });
    expect(await identities(maria.id)).toEqual(["EMAIL:maria.ivanova@romashka.ru", "MESSENGER:telegram:@maria_i", "PHONE:+79120001122"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "person.update", entityId: maria.id } });
    expect(audit.actorId).toBe(w.rep.id);
    expect(JSON.parse(audit.data)).toMatchObject({ before: { name: "Мария" }, after: { name: "Мария Иванова" }, removed: [{ kind: "EMAIL", value: "maria@romashka.ru" }] });
  });

  it("lets a REP edit only people they own; heads and admins edit anyone's", async () => {
    const input = { personId: maria.id, name: "Maria" };
    const error = await expectRejectedWithoutWrites(() => updatePerson({ actor: w.otherRep, input }), "FORBIDDEN");
    expect(error.message).toBe("Sales reps can only edit people they own.");
    const nobodys = await db.person.create({ data: { name: "Unowned" }, select: { id: true } });
    await expectRejectedWithoutWrites(() => updatePerson({ actor: w.rep, input: { personId: nobodys.id, name: "Mine now?" } }), "FORBIDDEN");

    await updatePerson({ actor: w.head, input: { personId: nobodys.id, name: "Edited by head" } });
    await updatePerson({ actor: w.admin, input });
    expect((await db.person.findUniqueOrThrow({ where: { id: maria.id } })).name).toBe("Maria");
  });

  it("lets only heads and admins change the owner, to an active user or to nobody", async () => {
    await expectRejectedWithoutWrites(() => updatePerson({ actor: w.rep, input: { personId: maria.id, name: "Мария", ownerId: w.otherRep.id } }), "FORBIDDEN");
    // Saving the same owner is not a change of owner.
    await updatePerson({ actor: w.rep, input: { personId: maria.id, name: "Мария", ownerId: w.rep.id } });

    const retired = await db.user.create({ data: { email: "gone@voronka.test", name: "Gone", passwordHash: "x", active: false }, select: { id: true } });
    const error = await expectRejectedWithoutWrites(() => updatePerson({ actor: w.head, input: { personId: maria.id, name: "Мария", ownerId: retired.id } }), "VALIDATION");
    expect(error.details?.fields).toEqual({ ownerId: "Choose an active user as the owner." });

    await updatePerson({ actor: w.head, input: { personId: maria.id, name: "Мария", ownerId: w.otherRep.id } });
    expect((await db.person.findUniqueOrThrow({ where: { id: maria.id } })).ownerId).toBe(w.otherRep.id);
    await updatePerson({ actor: w.head, input: { personId: maria.id, name: "Мария", ownerId: "" } });
    expect((await db.person.findUniqueOrThrow({ where: { id: maria.id } })).ownerId).toBeNull();
  });

  it("writes nothing on bad input and says which field is wrong", async () => {
    const bad = [
      { input: { personId: maria.id, name: "   " }, field: "name" },
      { input: { personId: maria.id, name: "x".repeat(201) }, field: "name" },
      { input: { personId: maria.id, name: "Мария", company: "c".repeat(201) }, field: "company" },
      { input: { personId: maria.id, name: "Мария", addIdentities: [{ kind: "PHONE" as const, value: "+7 912" }, { kind: "EMAIL" as const, value: "not-an-email" }] }, field: "addIdentities.1.value" },
      { input: { personId: maria.id, name: "Мария", addIdentities: [{ kind: "FAX" as "EMAIL", value: "123" }] }, field: "addIdentities.0.kind" },
    ];
    for (const { input, field } of bad) {
      const error = await expectRejectedWithoutWrites(() => updatePerson({ actor: w.rep, input }), "VALIDATION");
      expect(Object.keys(error.details?.fields as object), JSON.stringify(input).slice(0, 80)).toContain(field);
    }
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses an identity that belongs to someone else, naming them, and rolls back the rest", async () => {
    const petr = await db.person.create({
      data: { name: "Пётр Сидоров", identities: { create: [{ kind: "PHONE", value: "+79001112233" }] } },
      select: { id: true },
    });
    const error = await expectRejectedWithoutWrites(
      () =>
        updatePerson({
          actor: w.rep,
          input: {
            personId: maria.id,
            name: "Renamed",
            addIdentities: [
              { kind: "EMAIL", value: "new@romashka.ru" },
              { kind: "PHONE", value: "+7 900 111-22-33" },
            ],
          },
        }),
      "CONFLICT",
    );
    expect(error.message).toBe("This phone already belongs to Пётр Сидоров. Merge the two profiles instead.");
    expect(error.details).toMatchObject({ personId: petr.id, fields: { "addIdentities.1.value": error.message } });
    expect(await identities(maria.id)).toEqual(["EMAIL:maria@romashka.ru"]);

    // Re-adding an identity the person already has is fine.
    await updatePerson({ actor: w.rep, input: { personId: maria.id, name: "Мария", addIdentities: [{ kind: "EMAIL", value: "MARIA@romashka.ru" }] } });
    expect(await identities(maria.id)).toEqual(["EMAIL:maria@romashka.ru"]);
  });

  it("ignores removing another person's identity", async () => {
    const petr = await db.person.create({ data: { name: "Пётр", ownerId: w.rep.id, identities: { create: [{ kind: "EMAIL", value: "petr@x.ru" }] } }, select: { id: true } });
    const his = await db.identity.findFirstOrThrow({ where: { personId: petr.id } });
    await updatePerson({ actor: w.rep, input: { personId: maria.id, name: "Мария", removeIdentityIds: [his.id] } });
    expect(await identities(petr.id)).toEqual(["EMAIL:petr@x.ru"]);
  });

  it("reports a stale form, a merged profile and a missing person", async () => {
    await updatePerson({ actor: w.rep, input: { personId: maria.id, name: "First edit" } });
    const stale = await expectRejectedWithoutWrites(
      () => updatePerson({ actor: w.rep, input: { personId: maria.id, name: "Second edit", expectedUpdatedAt: maria.updatedAt } }),
      "CONFLICT",
    );
    expect(stale.message).toMatch(/Someone else changed this person/);

    const kept = await db.person.create({ data: { name: "Kept" }, select: { id: true } });
    await db.person.update({ where: { id: maria.id }, data: { mergedIntoId: kept.id } });
    await expectRejectedWithoutWrites(() => updatePerson({ actor: w.rep, input: { personId: maria.id, name: "x" } }), "CONFLICT");
    await expectAppError(updatePerson({ actor: w.head, input: { personId: "nobody", name: "x" } }), "NOT_FOUND");
  });
});
