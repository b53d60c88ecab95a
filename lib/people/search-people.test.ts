import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase, testDbProvider } from "@/lib/testing/test-db";
import { createUser, type TestUser } from "@/lib/testing/fixtures";
import { searchPeople } from "./search-people";

let rep: TestUser;

async function person(name: string, options: { company?: string; emails?: string[]; phones?: string[]; mergedIntoId?: string } = {}) {
  return db.person.create({
    data: {
      name,
      company: options.company ?? null,
      mergedIntoId: options.mergedIntoId ?? null,
      identities: {
        create: [
          ...(options.emails ?? []).map((value) => ({ kind: "EMAIL" as const, value })),
          ...(options.phones ?? []).map((value) => ({ kind: "PHONE" as const, value })),
        ],
      },
    },
    select: { id: true, name: true },
  });
}

const names = async (q: string, limit?: number) => (await searchPeople({ actor: rep, q, limit })).map((p) => p.name);

beforeEach(async () => {
  await resetDatabase(db);
  rep = await createUser("REP");
});

describe("searchPeople", () => {
  it("finds people by a part of the name, ignoring ASCII case", async () => {
    await person("Anna Smirnova");
    await person("Joanna Lee");
    await person("Oleg Ivanov");

    expect(await names("ANNA")).toEqual(["Anna Smirnova", "Joanna Lee"]);
    expect(await names("anna")).toEqual(["Anna Smirnova", "Joanna Lee"]);
    expect(await names("  aNnA sMiR  ")).toEqual(["Anna Smirnova"]);
    expect(await names("IVAN")).toEqual(["Oleg Ivanov"]);
    expect(await names("nobody")).toEqual([]);
  });

  it("finds people by company and returns only id, name and company", async () => {
    const { id } = await person("Pavel", { company: "Romashka LLC" });
    await person("Ivan", { company: "Vasilek" });
    expect(await searchPeople({ actor: rep, q: "ROMASHKA" })).toEqual([{ id, name: "Pavel", company: "Romashka LLC" }]);
  });

  it("finds people by an email or phone identity, whatever the case typed", async () => {
    await person("Мария", { emails: ["maria@romashka.ru"], phones: ["+79120001122"] });
    await person("Пётр", { emails: ["petr@vasilek.ru"] });

    expect(await names("Maria@Romashka.RU")).toEqual(["Мария"]);
    expect(await names("romashka")).toEqual(["Мария"]);
    expect(await names("9120001")).toEqual(["Мария"]);
    // Typed the way people write phones: with the trunk 8, spaces, dashes and brackets.
    expect(await names("8 912 000-11-22")).toEqual(["Мария"]);
    expect(await names("+7 (912) 000 11 22")).toEqual(["Мария"]);
    expect(await names("912 000-11")).toEqual(["Мария"]);
    expect(await names(".ru")).toHaveLength(2);
  });

  it("leaves out people merged into another", async () => {
    const kept = await person("Anna Smirnova", { emails: ["anna@example.com"] });
    await person("Anna S.", { emails: ["anna.old@example.com"], mergedIntoId: kept.id });
    await person("Old Anna", { company: "Anna Corp", mergedIntoId: kept.id });

    expect(await names("anna")).toEqual(["Anna Smirnova"]);
    expect(await names("anna.old@")).toEqual([]);
    expect(await names("Anna Corp")).toEqual([]);
  });

  it("returns at most `limit` people (8 by default), in name order", async () => {
    for (let i = 12; i >= 1; i--) await person(`Client ${String(i).padStart(2, "0")}`);

    expect(await names("client")).toEqual(Array.from({ length: 8 }, (_, i) => `Client ${String(i + 1).padStart(2, "0")}`));
    expect(await names("CLIENT", 3)).toEqual(["Client 01", "Client 02", "Client 03"]);
    expect(await names("client", 50)).toHaveLength(12);
  });

  it("folds Cyrillic case on PostgreSQL; SQLite matches Cyrillic only in the same case", async () => {
    await person("Мария Иванова", { company: "Ромашка" });
    await person("Пётр", { company: "Василёк" });

    // The same case works on both databases.
    expect(await names("Мария")).toEqual(["Мария Иванова"]);
    expect(await names("Ромаш")).toEqual(["Мария Иванова"]);
    if (testDbProvider() === "postgresql") {
      expect(await names("МАРИЯ")).toEqual(["Мария Иванова"]);
      expect(await names("ромашка")).toEqual(["Мария Иванова"]);
      expect(await names("ПЁТР")).toEqual(["Пётр"]);
    } else {
      // SQLite's LIKE folds ASCII letters only.
      expect(await names("МАРИЯ")).toEqual([]);
      expect(await names("ромашка")).toEqual([]);
      expect(await names("ПЁТР")).toEqual([]);
    }
  });
});
