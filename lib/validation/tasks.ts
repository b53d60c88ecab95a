import { z } from "zod";

export const TASK_TITLE_MAX = 200;
const id = z.string().trim().min(1, "Required").max(64);

export const createTaskSchema = z
  .object({
    title: z.string().trim().min(1, "Say what needs doing.").max(TASK_TITLE_MAX, `Keep the title within ${TASK_TITLE_MAX} characters.`),
    // A past due time is allowed: reps log tasks that were due yesterday.
    dueAt: z.coerce.date({ error: "Pick a valid due date and time." }).nullish(),
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
