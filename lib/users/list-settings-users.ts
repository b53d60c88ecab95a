import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** The whole team (deactivated users too) with each one's open deals, for Settings → Users. */
export async function listSettingsUsers(options: { actor: Actor }) {
  assertCan(options.actor, "settings.manage");
  const [users, open] = await Promise.all([
    db.user.findMany({
      orderBy: [{ active: "desc" }, { name: "asc" }],
      select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
    }),
    db.deal.groupBy({ by: ["ownerId"], where: { status: "OPEN" }, _count: { _all: true } }),
  ]);
  const openBy = new Map(open.map((o) => [o.ownerId, o._count._all]));
  return users.map((u) => ({ ...u, openDeals: openBy.get(u.id) ?? 0 }));
}

export type SettingsUser = Awaited<ReturnType<typeof listSettingsUsers>>[number];
