"use client";
import { useNow } from "next-intl";
import type { TaskItem } from "@/lib/tasks/task-item";
import { isOverdue } from "@/lib/tasks/group-tasks";
import { TaskRow } from "./TaskRow";
import { useTaskToggle } from "./use-task-toggle";

/** The tasks of a deal or a person, with done / undo. */
export function TaskList(props: { tasks: TaskItem[]; emptyText: string; showAssignee?: boolean }) {
  const now = useNow({ updateInterval: 60_000 }).getTime();
  const { tasks, toggle } = useTaskToggle(props.tasks);
  if (tasks.length === 0) return <p className="text-sm text-slate-500">{props.emptyText}</p>;
  return (
    <ul className="space-y-1" data-testid="task-list">
      {tasks.map((task) => (
        <TaskRow key={task.id} task={task} overdue={isOverdue(task, now)} onToggle={(done) => toggle(task, done)} showAssignee={props.showAssignee} />
      ))}
    </ul>
  );
}
