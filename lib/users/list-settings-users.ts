import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/**
 * The whole team (deactivated users too) with each one's open deals and, for someone invited who
 * has not chosen a password yet, whether the invitation is still good: for Settings → Users.
 */
export async function listSettingsUsers(options: { actor: Actor; now?: Date }) {
  assertCan(options.actor, "settings.manage");
  const now = options.now ?? new Date();
  const [users, open, invites] = await Promise.all([
    db.user.findMany({
      orderBy: [{ active: "desc" }, { name: "asc" }],
      select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
    }),
    db.deal.groupBy({ by: ["ownerId"], where: { status: "OPEN" }, _count: { _all: true } }),
    db.accountToken.groupBy({ by: ["userId"], where: { kind: "INVITE", usedAt: null }, _max: { expiresAt: true } }),
  ]);
  const openBy = new Map(open.map((o) => [o.ownerId, o._count._all]));
  const inviteBy = new Map(invites.map((i) => [i.userId, i._max.expiresAt && i._max.expiresAt > now ? ("pending" as const) : ("expired" as const)]));
  return users.map((u) => ({ ...u, openDeals: openBy.get(u.id) ?? 0, invite: inviteBy.get(u.id) ?? null }));
}

export type SettingsUser = Awaited<ReturnType<typeof listSettingsUsers>>[number];
