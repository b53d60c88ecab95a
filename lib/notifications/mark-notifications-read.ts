import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

/** Marks one of the user's notifications read (or all of them without an id); never another's. */
export async function markNotificationsRead(options: { actor: Actor; id?: string | null; now?: Date }): Promise<{ count: number }> {
  const { count } = await db.notification.updateMany({
    where: { userId: options.actor.id, readAt: null, ...(options.id ? { id: options.id } : {}) },
    data: { readAt: options.now ?? new Date() },
  });
  return { count };
}
