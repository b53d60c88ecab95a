"use server";
// Server actions of the task composer, the task lists and the /tasks page. defineAction checks
// the session and parses the input; createTask / setTaskDone check the permission themselves.
import { revalidatePath } from "next/cache";
import { defineAction } from "./define-action";
import { createTask } from "@/lib/tasks/create-task";
import { setTaskDone } from "@/lib/tasks/set-task-done";
import { createTaskSchema, setTaskDoneSchema } from "@/lib/validation/tasks";

/** Where a task shows: its deal's page, its person's page, the board card (next task), /tasks and its badge. */
function revalidateTask(task: { dealId: string | null; personId: string | null }) {
  if (task.dealId) revalidatePath(`/deals/${task.dealId}`);
  if (task.personId) revalidatePath(`/people/${task.personId}`);
  revalidatePath("/pipelines/[id]", "page");
  revalidatePath("/tasks");
}

export const createTaskAction = defineAction(createTaskSchema, async (input, user) => {
  const task = await createTask({ actor: user, input });
  revalidateTask(task);
  return { id: task.id };
});

export const setTaskDoneAction = defineAction(setTaskDoneSchema, async (input, user) => {
  const task = await setTaskDone({ actor: user, taskId: input.taskId, done: input.done });
  revalidateTask(task);
  return { id: task.id, doneAt: task.doneAt?.toISOString() ?? null };
});
