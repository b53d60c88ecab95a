import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { parseAuditFilter } from "@/lib/validation/settings";
import { AUDIT_PAGE_SIZE, listAuditLog } from "./list-audit-log";
import { auditJson, writeAuditLog } from "./write-audit-log";

let w: World;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 12));

it("filters by action (exact or prefix), entity, actor and date, newest first, paged", async () => {
  await db.$transaction(async (tx) => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await writeAuditLog(tx, { actor: w.admin, action: "stage.update", entity: "Stage", entityId: `s${i}`, at: at(1) });
    await writeAuditLog(tx, { actor: w.admin, action: "stage.delete", entity: "Stage", entityId: "gone", at: at(2) });
    await writeAuditLog(tx, { actor: null, action: "deal.assign", entity: "Deal", entityId: "d1", before: { ownerId: "a" }, after: { ownerId: "b" }, at: at(3) });
    await writeAuditLog(tx, { actor: w.head, action: "person.merge", entity: "Person", entityId: "p1", at: at(4) });
  });
  const list = (params: Record<string, string>) => listAuditLog({ actor: w.admin, filter: parseAuditFilter(params) });

  const first = await list({});
  expect(first.total).toBe(AUDIT_PAGE_SIZE + 8);
  expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
  expect(first.rows[0].action).toBe("person.merge");
  expect((await list({ page: "2" })).rows).toHaveLength(8);
  expect((await list({ action: "stage." })).total).toBe(AUDIT_PAGE_SIZE + 6);
  expect((await list({ action: "stage.delete" })).rows.map((r) => r.entityId)).toEqual(["gone"]);
  expect((await list({ entity: "Deal" })).rows.map((r) => JSON.parse(r.data))).toEqual([{ before: { ownerId: "a" }, after: { ownerId: "b" } }]);
  expect((await list({ actor: "system" })).rows.map((r) => r.action)).toEqual(["deal.assign"]);
  expect((await list({ actor: w.head.id })).rows.map((r) => r.actor?.name)).toEqual(["Hector Head"]);
  expect((await list({ from: "2026-03-02", to: "2026-03-03" })).rows.map((r) => r.action)).toEqual(["deal.assign", "stage.delete"]);
  expect(first.actions).toEqual(["deal.assign", "person.merge", "stage.delete", "stage.update"]);
  expect((await list({ page: "junk", from: "not a date" })).page).toBe(1);
});

it("writes money as text instead of failing on BigInt", () => {
  expect(auditJson({ value: BigInt(12_345) })).toBe('{"value":"12345"}');
});
