import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

/** Open tasks assigned to the actor whose due time has passed (the badge in the navigation). */
export async function countOverdueTasks(options: { actor: Actor; now?: Date }): Promise<number> {
  return db.task.count({ where: { assigneeId: options.actor.id, doneAt: null, dueAt: { lt: options.now ?? new Date() } } });
}
