import { z } from "zod";
import { dateInput } from "./dates";
import { idString as id, singleLine } from "./text";

export const TASK_TITLE_MAX = 200;

export const createTaskSchema = z
  .object({
    title: singleLine().min(1, "Say what needs doing.").max(TASK_TITLE_MAX, `Keep the title within ${TASK_TITLE_MAX} characters.`),
    // A past due time is allowed: reps log tasks that were due yesterday.
    dueAt: dateInput().nullish(),
    assigneeId: id.nullish(),
    dealId: id.nullish(),
    personId: id.nullish(),
  })
  .refine((t) => Boolean(t.dealId || t.personId), { path: ["dealId"], message: "A task belongs to a deal or a person." });
export type CreateTaskInput = z.infer<typeof createTaskSchema>;

export const setTaskDoneSchema = z.object({ taskId: id, done: z.boolean() });

/** Whose tasks the /tasks page shows: "me", "all" or a user id (?assignee=…). */
export const taskAssigneeFilter = z
  .string()
  .trim()
  .max(64)
  .regex(/^[\w-]+$/)
  .catch("me");

export function parseTaskAssignee(value: string | string[] | undefined): string {
  const one = Array.isArray(value) ? value[0] : value;
  return one ? taskAssigneeFilter.parse(one) : "me";
}
