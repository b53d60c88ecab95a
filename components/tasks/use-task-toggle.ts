"use client";
import { useOptimistic, useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { setTaskDoneAction } from "@/lib/actions/tasks";
import type { TaskItem } from "@/lib/tasks/task-item";

/**
 * Done / undo for a list of tasks: the tick shows at once (optimistic); the server's answer
 * re-renders the page, or, when it refuses, the tick rolls back and a toast says why. A done
 * toast offers Undo.
 */
export function useTaskToggle(tasks: TaskItem[]) {
  const t = useTranslations("tasks");
  const [, start] = useTransition();
  const [optimistic, patch] = useOptimistic(tasks, (state: TaskItem[], change: { id: string; doneAt: string | null }) =>
    state.map((task) => (task.id === change.id ? { ...task, doneAt: change.doneAt } : task)),
  );

  function toggle(task: TaskItem, done: boolean) {
    start(async () => {
      patch({ id: task.id, doneAt: done ? new Date().toISOString() : null });
      const result = await setTaskDoneAction({ taskId: task.id, done });
      if (!result.ok) {
        toast.error(t("failed"), { description: result.error.message });
        return;
      }
      if (done) toast.success(t("doneToast"), { description: task.title, action: { label: t("undo"), onClick: () => toggle(task, false) } });
      else toast(t("undoneToast"), { description: task.title });
    });
  }

  return { tasks: optimistic, toggle };
}
