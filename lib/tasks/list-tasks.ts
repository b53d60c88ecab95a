import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { taskSelect, toTaskItem, type TaskItem } from "./task-item";

const LIMIT = 100;

/**
 * The tasks of a deal page or a person page: open ones first by due time (no due time last), then
 * done ones, latest first. A person's list includes the tasks on the person's deals.
 */
export async function listTasks(options: { actor: Actor; dealId?: string; personId?: string }): Promise<TaskItem[]> {
  const { actor, dealId, personId } = options;
  assertCan(actor, dealId ? "deal.view" : "person.view");
  const where: Prisma.TaskWhereInput = dealId ? { dealId } : { OR: [{ personId: personId ?? "" }, { deal: { personId: personId ?? "" } }] };
  const [open, done] = await Promise.all([
    db.task.findMany({
      where: { AND: [where, { doneAt: null }] },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: LIMIT,
      select: taskSelect,
    }),
    db.task.findMany({ where: { AND: [where, { doneAt: { not: null } }] }, orderBy: [{ doneAt: "desc" }], take: 20, select: taskSelect }),
  ]);
  return [...open, ...done].map((row) => toTaskItem(row, actor));
}
