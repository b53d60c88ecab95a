import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** Every loss reason (archived too) in order, with how many deals name it. */
export async function listSettingsLossReasons(options: { actor: Actor }) {
  assertCan(options.actor, "settings.manage");
  const [reasons, uses] = await Promise.all([
    db.lossReason.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, label: true, active: true, position: true } }),
    db.deal.groupBy({ by: ["lossReasonId"], where: { lossReasonId: { not: null } }, _count: { _all: true } }),
  ]);
  const usedBy = new Map(uses.map((u) => [u.lossReasonId, u._count._all]));
  return reasons.map((r) => ({ ...r, deals: usedBy.get(r.id) ?? 0 }));
}

export type SettingsLossReason = Awaited<ReturnType<typeof listSettingsLossReasons>>[number];
