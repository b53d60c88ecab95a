// What the task components receive (plain JSON: safe to pass from server to client components).
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";

export interface TaskItem {
  id: string;
  title: string;
  dueAt: string | null;
  doneAt: string | null;
  /** Closed because its deal was won or lost, not done by anyone. */
  closedWithDeal: boolean;
  assignee: { id: string; name: string };
  deal: { id: string; title: string } | null;
  person: { id: string; name: string } | null;
  /** The viewer may mark it done or undo that (reps: tasks assigned to them). */
  canComplete: boolean;
}

export const taskSelect = {
  id: true,
  title: true,
  dueAt: true,
  doneAt: true,
  closedWithDeal: true,
  assignee: { select: { id: true, name: true } },
  deal: { select: { id: true, title: true } },
  person: { select: { id: true, name: true } },
} satisfies Prisma.TaskSelect;

type TaskRow = Prisma.TaskGetPayload<{ select: typeof taskSelect }>;

export function toTaskItem(row: TaskRow, actor: Actor): TaskItem {
  return {
    id: row.id,
    title: row.title,
    dueAt: row.dueAt?.toISOString() ?? null,
    doneAt: row.doneAt?.toISOString() ?? null,
    closedWithDeal: row.closedWithDeal,
    assignee: row.assignee,
    deal: row.deal,
    person: row.person,
    canComplete: can(actor, "task.complete", { ownerId: row.assignee.id }),
  };
}
