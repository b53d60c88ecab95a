import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, inPipeline, insertDeals, type World } from "@/lib/testing/fixtures";
import { listPeople, type PeopleListFilters } from "./list-people";

let w: World;
const at = (day: number) => new Date(Date.UTC(2026, 1, day));

async function person(name: string, data: { company?: string; ownerId?: string | null; temperature?: "HOT" | "WARM" | "COLD"; lastTouchAt?: Date | null; email?: string; phone?: string; mergedIntoId?: string } = {}) {
  return db.person.create({
    data: {
      name,
      company: data.company ?? null,
      ownerId: data.ownerId ?? null,
      temperature: data.temperature ?? "COLD",
      lastTouchAt: data.lastTouchAt ?? null,
      mergedIntoId: data.mergedIntoId ?? null,
      identities: {
        create: [...(data.email ? [{ kind: "EMAIL" as const, value: data.email }] : []), ...(data.phone ? [{ kind: "PHONE" as const, value: data.phone }] : [])],
      },
    },
    select: { id: true },
  });
}

const names = async (filters: PeopleListFilters, actor = w.rep) => (await listPeople({ actor, filters })).people.map((p) => p.name);

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("listPeople", () => {
  it("sorts by last touch, newest first, never-touched people last; leaves merged people out", async () => {
    const kept = await person("Anna", { lastTouchAt: at(3) });
    await person("Boris", { lastTouchAt: at(9) });
    await person("Never touched");
    await person("Clara", { lastTouchAt: at(5) });
    await person("Anna (old)", { lastTouchAt: at(20), mergedIntoId: kept.id });
    expect(await names({})).toEqual(["Boris", "Clara", "Anna", "Never touched"]);
  });

  it("searches name, company, email and phone however it is typed", async () => {
    await person("Мария Иванова", { company: "Ромашка", email: "maria@romashka.ru", phone: "+79120001122" });
    await person("Oleg", { company: "Vasilek LLC", email: "oleg@vasilek.ru" });
    expect(await names({ q: "Иванова" })).toEqual(["Мария Иванова"]);
    expect(await names({ q: "vasilek llc" })).toEqual(["Oleg"]);
    expect(await names({ q: "MARIA@" })).toEqual(["Мария Иванова"]);
    expect(await names({ q: "+7 (912) 000-11" })).toEqual(["Мария Иванова"]);
    expect(await names({ q: "912 000" })).toEqual(["Мария Иванова"]);
    expect(await names({ q: "nobody" })).toEqual([]);
  });

  it("filters by temperature and owner (me, nobody, a user), and counts open deals", async () => {
    const hot = await person("Hot mine", { temperature: "HOT", ownerId: w.rep.id, lastTouchAt: at(4) });
    await person("Warm theirs", { temperature: "WARM", ownerId: w.otherRep.id, lastTouchAt: at(3) });
    await person("Cold nobody's", { lastTouchAt: at(2) });
    const [, lost] = await insertDeals(inPipeline(w.pipeline, 0), [
      { ownerId: w.rep.id, personId: hot.id },
      { ownerId: w.rep.id, personId: hot.id },
      { ownerId: w.rep.id, personId: hot.id },
    ]);
    await db.deal.update({ where: { id: lost }, data: { status: "LOST" } });

    expect(await names({ temperature: "HOT" })).toEqual(["Hot mine"]);
    expect(await names({ owner: "me" })).toEqual(["Hot mine"]);
    expect(await names({ owner: "me" }, w.otherRep)).toEqual(["Warm theirs"]);
    expect(await names({ owner: "none" })).toEqual(["Cold nobody's"]);
    expect(await names({ owner: w.otherRep.id, temperature: "WARM" })).toEqual(["Warm theirs"]);
    expect(await names({ owner: "all" })).toHaveLength(3);
    const [row] = (await listPeople({ actor: w.rep, filters: { temperature: "HOT" } })).people;
    expect(row).toMatchObject({ openDeals: 2, owner: { id: w.rep.id, name: w.rep.name }, temperature: "HOT" });
  });

  it("pages: every person once across the pages, the page number clamped to the last", async () => {
    for (let i = 1; i <= 7; i++) await person(`P${i}`, { lastTouchAt: at(i) });
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const result = await listPeople({ actor: w.rep, filters: {}, page, pageSize: 3 });
      expect(result).toMatchObject({ total: 7, pageCount: 3, page });
      seen.push(...result.people.map((p) => p.name));
    }
    expect(seen).toEqual(["P7", "P6", "P5", "P4", "P3", "P2", "P1"]);
    expect(await listPeople({ actor: w.rep, filters: {}, page: 99, pageSize: 3 })).toMatchObject({ page: 3, people: [{ name: "P1" }] });
  });
});
