import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

/** Active users, for owner filters and assignment. Any signed-in user may see the team. */
export async function listActiveUsers(options: { actor: Actor }) {
  void options.actor;
  return db.user.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

export type UserSummary = Awaited<ReturnType<typeof listActiveUsers>>[number];
