// The person page's "Merge with…": the preview shows both profiles and the one mergePeople will
// keep; bad requests (oneself, a profile already merged, a rep) get a clear error and write nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError, expectRejectedWithoutWrites } from "@/lib/testing/db-state";
import { mergePeopleSchema } from "@/lib/validation/people";
import { getMergePreview } from "./get-merge-preview";
import { mergePeople } from "./merge-people";

let w: World;
const T0 = new Date("2026-03-10T08:00:00.000Z");
const daysAgo = (n: number) => new Date(T0.getTime() - n * 86_400_000);

async function person(name: string, createdAt: Date, identities: { kind: "EMAIL" | "PHONE" | "ANON_ID"; value: string }[] = []) {
  return db.person.create({ data: { name, createdAt, identities: { create: identities } }, select: { id: true } });
}

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("getMergePreview", () => {
  it("shows both profiles with their identities and counts, the older one staying whichever is asked from", async () => {
    const older = await person("Мария Иванова", daysAgo(40), [
      { kind: "ANON_ID", value: "v_3f9a" },
      { kind: "EMAIL", value: "maria@romashka.ru" },
    ]);
    const newer = await person("Мария (звонок)", daysAgo(2), [{ kind: "PHONE", value: "+79120001122" }]);
    await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: newer.id });
    await makeDeal(w.rep, { pipelineId: w.pipeline.id, personId: newer.id });
    await db.event.createMany({ data: [1, 2, 3].map((i) => ({ personId: older.id, externalId: `pv${i}`, type: "page_view", occurredAt: daysAgo(i) })) });

    const preview = await getMergePreview({ actor: w.head, personId: newer.id, otherId: older.id });
    expect(preview.kept).toMatchObject({
      id: older.id,
      name: "Мария Иванова",
      createdAt: daysAgo(40).toISOString(),
      identities: [
        { kind: "EMAIL", value: "maria@romashka.ru" },
        { kind: "ANON_ID", value: "v_3f9a" },
      ],
      moreIdentities: 0,
      deals: 0,
      events: 3,
    });
    expect(preview.merged).toMatchObject({ id: newer.id, identities: [{ kind: "PHONE", value: "+79120001122" }], deals: 2, events: 0 });
    expect(await getMergePreview({ actor: w.admin, personId: older.id, otherId: newer.id })).toEqual(preview);

    // The preview wrote nothing; the merge keeps the profile it announced.
    expect(await db.person.count({ where: { mergedIntoId: { not: null } } })).toBe(0);
    expect(await mergePeople({ actor: w.head, personIds: [newer.id, older.id] })).toEqual({ keptId: older.id, mergedIds: [newer.id] });
    expect(await db.identity.count({ where: { personId: older.id } })).toBe(3);
  });

  it("lists a few identities and counts the rest", async () => {
    const many = await person("Много устройств", daysAgo(5), Array.from({ length: 9 }, (_, i) => ({ kind: "ANON_ID" as const, value: `v_${i}` })));
    const other = await person("Другой", daysAgo(1));
    const preview = await getMergePreview({ actor: w.head, personId: many.id, otherId: other.id });
    expect(preview.kept.identities).toHaveLength(6);
    expect(preview.kept.moreIdentities).toBe(3);
    expect(preview.merged).toMatchObject({ identities: [], moreIdentities: 0 });
  });

  it("refuses reps, oneself, missing and already merged profiles with clear messages", async () => {
    const a = await person("Анна", daysAgo(3));
    const b = await person("Борис", daysAgo(2));
    const c = await person("Вера", daysAgo(1));
    await expectAppError(getMergePreview({ actor: w.rep, personId: a.id, otherId: b.id }), "FORBIDDEN");
    const self = await expectAppError(getMergePreview({ actor: w.head, personId: a.id, otherId: a.id }), "VALIDATION");
    expect(self.message).toBe("A profile cannot be merged with itself: choose another person.");
    await expectAppError(getMergePreview({ actor: w.head, personId: a.id, otherId: "nobody" }), "NOT_FOUND");

    await mergePeople({ actor: w.head, personIds: [a.id, b.id] });
    const merged = await expectAppError(getMergePreview({ actor: w.head, personId: c.id, otherId: b.id }), "CONFLICT");
    expect(merged.message).toBe("Борис was already merged into another profile: open that profile instead.");
  });
});

describe("merging from the person page", () => {
  it("refuses oneself and an already merged profile, writing nothing", async () => {
    const a = await person("Анна", daysAgo(3), [{ kind: "EMAIL", value: "anna@x.ru" }]);
    const b = await person("Борис", daysAgo(2), [{ kind: "EMAIL", value: "boris@x.ru" }]);
    const c = await person("Вера", daysAgo(1));
    const self = await expectRejectedWithoutWrites(() => mergePeople({ actor: w.head, personIds: [a.id, a.id] }), "VALIDATION");
    expect(self.message).toBe("A profile cannot be merged with itself: choose another person.");
    await expectRejectedWithoutWrites(() => mergePeople({ actor: w.rep, personIds: [a.id, b.id] }), "FORBIDDEN");

    await mergePeople({ actor: w.head, personIds: [a.id, b.id] });
    const again = await expectRejectedWithoutWrites(() => mergePeople({ actor: w.head, personIds: [c.id, b.id] }), "CONFLICT");
    expect(again.message).toMatch(/^Борис was already merged/);
    expect(await db.auditLog.count({ where: { action: "person.merge" } })).toBe(1);
  });

  it("validates the action's input before anything runs", () => {
    expect(mergePeopleSchema.safeParse({ personId: "p1", otherId: "p2" }).success).toBe(true);
    const self = mergePeopleSchema.safeParse({ personId: "p1", otherId: "p1" });
    expect(self.success).toBe(false);
    expect(self.error?.issues[0]).toMatchObject({ path: ["otherId"], message: "A profile cannot be merged with itself: choose another person." });
    expect(mergePeopleSchema.safeParse({ personId: "p1", otherId: " " }).error?.issues[0]).toMatchObject({ message: "Choose the person to merge with" });
    expect(mergePeopleSchema.safeParse({ personId: "p1" }).success).toBe(false);
  });
});
