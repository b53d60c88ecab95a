import bcrypt from "bcryptjs";
import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, insertDeals, type World } from "@/lib/testing/fixtures";
import { expectAppError, expectTotalsInStep } from "@/lib/testing/db-state";
import { createUser } from "./create-user";
import { setUserRole } from "./set-user-role";
import { setUserActive } from "./set-user-active";
import { reassignOpenDeals } from "./reassign-open-deals";
import { listSettingsUsers } from "./list-settings-users";
import { recomputeStageTotals } from "@/lib/deals/recompute-stage-totals";

let w: World;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

it("creates a user who can sign in with the initial password; emails are unique", async () => {
  const user = await createUser({ actor: w.admin, input: { name: "Нина Новикова", email: " Nina@Shop.RU ", role: "REP", password: "first-password-1" } });
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
  expect(row.email).toBe("nina@shop.ru");
  expect(await bcrypt.compare("first-password-1", row.passwordHash)).toBe(true);
  const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.create" } });
  expect(audit.data).not.toContain("first-password-1");
  expect(audit.data).not.toContain(row.passwordHash);
  await expectAppError(createUser({ actor: w.admin, input: { name: "Dup", email: "nina@shop.ru", role: "REP", password: "another-pass-2" } }), "CONFLICT");
  await expectAppError(createUser({ actor: w.admin, input: { name: "Short", email: "s@shop.ru", role: "REP", password: "short" } }), "VALIDATION");
});

it("changes roles and deactivates, but never the last active admin or oneself", async () => {
  await setUserRole({ actor: w.admin, input: { id: w.rep.id, role: "HEAD" } });
  expect((await db.user.findUniqueOrThrow({ where: { id: w.rep.id } })).role).toBe("HEAD");
  await expectAppError(setUserRole({ actor: w.admin, input: { id: w.admin.id, role: "REP" } }), "CONFLICT");
  await expectAppError(setUserActive({ actor: w.admin, input: { id: w.admin.id, active: false } }), "CONFLICT");
  const result = await setUserActive({ actor: w.admin, input: { id: w.otherRep.id, active: false } });
  expect(result).toEqual({ id: w.otherRep.id, active: false, openDeals: 0 });
  expect(((await listSettingsUsers({ actor: w.admin })).find((u) => u.id === w.otherRep.id))?.active).toBe(false);
  expect((await db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual(["user.role", "user.deactivate"]);
});

it("a deactivated rep keeps their deals until they are reassigned in bulk, with totals in step", async () => {
  const stage = { id: w.pipeline.stages[0].id, pipelineId: w.pipeline.id };
  const ritas = await insertDeals(stage, [{ ownerId: w.rep.id, value: 100 }, { ownerId: w.rep.id, value: 200, currency: "USD" }]);
  await insertDeals({ id: w.pipeline.stages[1].id, pipelineId: w.pipeline.id }, [{ ownerId: w.rep.id, value: 300 }, { ownerId: w.otherRep.id, value: 400 }]);
  const closed = (await insertDeals(stage, [{ ownerId: w.rep.id }]))[0];
  await db.deal.update({ where: { id: closed }, data: { status: "WON" } });
  await recomputeStageTotals({ db });
  await db.task.create({ data: { title: "Call", assigneeId: w.rep.id, dealId: ritas[0] } });

  await setUserActive({ actor: w.admin, input: { id: w.rep.id, active: false } });
  expect(await db.deal.count({ where: { ownerId: w.rep.id, status: "OPEN" } })).toBe(3);
  await expectAppError(reassignOpenDeals({ actor: w.admin, input: { fromUserId: w.otherRep.id, toUserId: w.rep.id } }), "VALIDATION");

  const result = await reassignOpenDeals({ actor: w.admin, input: { fromUserId: w.rep.id, toUserId: w.otherRep.id } });
  expect(result).toEqual({ deals: 3, tasks: 1 });
  expect(await db.deal.count({ where: { ownerId: w.rep.id, status: "OPEN" } })).toBe(0);
  expect((await db.deal.findUniqueOrThrow({ where: { id: closed } })).ownerId).toBe(w.rep.id);
  expect((await db.task.findFirstOrThrow()).assigneeId).toBe(w.otherRep.id);
  await expectTotalsInStep();
});
