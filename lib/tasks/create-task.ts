import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/notes";
import { createTaskSchema, type CreateTaskInput } from "@/lib/validation/tasks";

export interface CreatedTask {
  id: string;
  dealId: string | null;
  personId: string | null;
  assigneeId: string;
}

/**
 * A task on a deal (then also on the deal's person) or on a person. Reps' tasks are their own;
 * heads and admins may assign one to any active user. A due time in the past is allowed.
 */
export async function createTask(options: { actor: Actor; input: CreateTaskInput }): Promise<CreatedTask> {
  const { actor } = options;
  assertCan(actor, "task.create");
  const input = parseInput(createTaskSchema, options.input);
  const assigneeId = input.assigneeId ?? actor.id;
  if (assigneeId !== actor.id) assertCan(actor, "task.assign");

  return db.$transaction(async (tx) => {
    const assignee = await tx.user.findUnique({ where: { id: assigneeId }, select: { active: true } });
    if (!assignee?.active) {
      throw new AppError("VALIDATION", "assigneeId: That user cannot take tasks.", { fields: { assigneeId: "Not an active user" } });
    }
    let personId = input.personId ?? null;
    const dealId = input.dealId ?? null;
    if (dealId) {
      const deal = await tx.deal.findUnique({ where: { id: dealId }, select: { personId: true } });
      if (!deal) throw new AppError("NOT_FOUND", "This deal no longer exists.");
      if (personId && deal.personId && personId !== deal.personId) {
        throw new AppError("VALIDATION", "That person is not the deal's person.", { fields: { personId: "Not the deal's person" } });
      }
      personId = deal.personId;
    } else if (!(await tx.person.findUnique({ where: { id: personId! }, select: { id: true } }))) {
      throw new AppError("NOT_FOUND", "This person no longer exists.");
    }
    return tx.task.create({
      data: { title: input.title, dueAt: input.dueAt ?? null, assigneeId, createdById: actor.id, dealId, personId },
      select: { id: true, dealId: true, personId: true, assigneeId: true },
    });
  });
}
