import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { recordTouch, withdrawTouch } from "./touch";

export interface TaskDoneResult {
  id: string;
  doneAt: Date | null;
  dealId: string | null;
  personId: string | null;
}

/**
 * Marks a task done (a touch: the deal's and the person's lastTouchAt move to that moment, in the
 * same transaction) or undoes that (the touch is taken back). Doing it twice changes nothing.
 */
export async function setTaskDone(options: { actor: Actor; taskId: string; done: boolean; now?: Date }): Promise<TaskDoneResult> {
  const { actor, taskId, done } = options;
  return db.$transaction(async (tx) => {
    const task = await tx.task.findUnique({ where: { id: taskId }, select: { id: true, assigneeId: true, doneAt: true, dealId: true, personId: true } });
    if (!task) throw new AppError("NOT_FOUND", "This task no longer exists.");
    assertCan(actor, "task.complete", { ownerId: task.assigneeId });
    const subject = { dealId: task.dealId, personId: task.personId };
    if (done === (task.doneAt !== null)) return { ...subject, id: task.id, doneAt: task.doneAt };

    if (done) {
      const at = options.now ?? new Date();
      // Conditional: of two clicks racing, one completes the task and the other changes nothing.
      const { count } = await tx.task.updateMany({ where: { id: taskId, doneAt: null }, data: { doneAt: at } });
      if (count === 1) await recordTouch(tx, { ...subject, at });
      return { ...subject, id: task.id, doneAt: at };
    }
    const { count } = await tx.task.updateMany({ where: { id: taskId, doneAt: task.doneAt }, data: { doneAt: null, closedWithDeal: false } });
    if (count === 1) await withdrawTouch(tx, { ...subject, at: task.doneAt! });
    return { ...subject, id: task.id, doneAt: null };
  });
}
