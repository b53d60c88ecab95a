import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { lockRow } from "@/lib/db-dialect";
import { AppError } from "@/lib/errors/app-error";
import { livePersonId } from "@/lib/people/live-person";
import { parseInput } from "@/lib/validation/notes";
import { createTaskSchema, type CreateTaskInput } from "@/lib/validation/tasks";
import { keyedError } from "@/lib/validation/validation-error";

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
    let personId: string | null;
    const dealId = input.dealId ?? null;
    if (dealId) {
      // As for notes (create-note.ts): the deal's row first, so a merge moving it cannot slip in between.
      await lockRow(tx, "Deal", dealId);
      const deal = await tx.deal.findUnique({ where: { id: dealId }, select: { personId: true } });
      if (!deal) throw new AppError("NOT_FOUND", "This deal no longer exists.");
      if (input.personId && (await livePersonId(tx, input.personId)) !== deal.personId) {
        throw keyedError("VALIDATION", "notTheDealsPerson", { field: "personId" });
      }
      personId = deal.personId;
    } else {
      await lockRow(tx, "Person", input.personId!);
      personId = await livePersonId(tx, input.personId!);
      if (!personId) throw new AppError("NOT_FOUND", "This person no longer exists.");
    }
    return tx.task.create({
      data: { title: input.title, dueAt: input.dueAt ?? null, assigneeId, createdById: actor.id, dealId, personId },
      select: { id: true, dealId: true, personId: true, assigneeId: true },
    });
  });
}
