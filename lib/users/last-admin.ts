import "server-only";
import type { Tx } from "@/lib/db-client";
import { lockWriters } from "@/lib/db-dialect";
import { AppError } from "@/lib/errors/app-error";

/**
 * Before an active admin is demoted or deactivated: another active admin must remain. Admin
 * changes take turns across instances, so two admins demoting each other cannot both succeed.
 */
export async function assertAnotherAdminRemains(tx: Tx, userId: string): Promise<void> {
  await lockWriters(tx, "users.admins");
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", "Voronka needs at least one active admin; make someone else an admin first.");
}
