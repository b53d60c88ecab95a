import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { createUser, type TestUser } from "@/lib/testing/fixtures";
import { findOrCreatePerson, normalizePhone, type NewPersonInput } from "./find-or-create-person";

let owner: TestUser;
const find = (input: NewPersonInput) => db.$transaction((tx) => findOrCreatePerson(tx, { ...input, ownerId: owner.id }));

beforeEach(async () => {
  await resetDatabase(db);
  owner = await createUser("REP");
});

describe("normalizePhone", () => {
  it("keeps digits and a leading +; a Russian 8… number is the same as +7…", () => {
    expect(normalizePhone(" +7 (912) 000-11-22 ")).toBe("+79120001122");
    expect(normalizePhone("8 912 000 11 22")).toBe("+79120001122");
    expect(normalizePhone("(495) 123-45-67")).toBe("4951234567");
  });
});

describe("findOrCreatePerson", () => {
  it("creates one person per identity and finds them again by any of them", async () => {
    const created = await find({ name: "Мария", email: "Maria@Romashka.ru", phone: "+7 912 000-11-22", company: " Ромашка " });
    expect(created.created).toBe(true);
    expect(await db.person.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ name: "Мария", company: "Ромашка", ownerId: owner.id });

    expect(await find({ name: "другое имя", email: "maria@romashka.ru" })).toEqual({ id: created.id, created: false });
    expect(await find({ name: "другое имя", phone: "+7(912)0001122" })).toEqual({ id: created.id, created: false });
    expect(await find({ name: "другое имя", phone: "8 (912) 000-11-22" })).toEqual({ id: created.id, created: false });
    expect(await db.person.count()).toBe(1);
  });

  it("attaches identifiers it was given to the person it found", async () => {
    const { id } = await find({ name: "Олег", phone: "+7 900 111-22-33" });
    await find({ name: "Олег", phone: "+79001112233", email: "oleg@example.com" });
    const identities = await db.identity.findMany({ where: { personId: id }, select: { kind: true, value: true } });
    expect(identities.map((i) => `${i.kind}:${i.value}`).sort()).toEqual(["EMAIL:oleg@example.com", "PHONE:+79001112233"]);
  });

  it("creates a person without identities when none are given, never matching on empty values", async () => {
    const a = await find({ name: "Аноним", email: "", phone: "" });
    const b = await find({ name: "Аноним", email: null, phone: "  " });
    expect(a.id).not.toBe(b.id);
    expect(await db.identity.count()).toBe(0);
  });
});
