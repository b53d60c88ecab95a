import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can, type Actor } from "@/lib/auth/permissions";
import { taskSelect, toTaskItem, type TaskItem } from "./task-item";
import { DONE_RECENTLY_DAYS } from "./group-tasks";

const OPEN_LIMIT = 500;
const DONE_LIMIT = 50;

export interface MyTasks {
  tasks: TaskItem[];
  /** More open tasks exist than were loaded (the earliest due are shown). */
  truncated: boolean;
}

/**
 * The /tasks page: open tasks (earliest due first) and those done in the last week. `assignee` is
 * "me", "all" or a user id; only heads and admins (who may assign tasks) see other people's.
 */
export async function listMyTasks(options: { actor: Actor; assignee: string; now?: Date }): Promise<MyTasks> {
  const { actor } = options;
  const now = options.now ?? new Date();
  const assigneeId = options.assignee === "me" ? actor.id : options.assignee === "all" ? undefined : options.assignee;
  if (assigneeId !== actor.id && !can(actor, "task.assign")) {
    throw new AppError("FORBIDDEN", "Sales reps see their own tasks only.");
  }
  const who = assigneeId ? { assigneeId } : {};
  const [open, done] = await Promise.all([
    db.task.findMany({
      where: { ...who, doneAt: null },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: OPEN_LIMIT + 1,
      select: taskSelect,
    }),
    db.task.findMany({
      where: { ...who, doneAt: { gte: new Date(now.getTime() - DONE_RECENTLY_DAYS * 86_400_000) } },
      orderBy: { doneAt: "desc" },
      take: DONE_LIMIT,
      select: taskSelect,
    }),
  ]);
  return {
    tasks: [...open.slice(0, OPEN_LIMIT), ...done].map((row) => toTaskItem(row, actor)),
    truncated: open.length > OPEN_LIMIT,
  };
}
