"use client";
import Link from "next/link";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { TaskItem } from "@/lib/tasks/task-item";
import { Initials } from "@/components/ui/Initials";
import { TaskDue } from "./TaskDue";

/** One task: the done checkbox, the title, what it is about, when, and (optionally) whose. */
export function TaskRow(props: {
  task: TaskItem;
  overdue: boolean;
  onToggle: (done: boolean) => void;
  showSubject?: boolean;
  showAssignee?: boolean;
}) {
  const t = useTranslations("tasks");
  const { task, overdue } = props;
  const done = task.doneAt !== null;
  return (
    <li
      data-testid="task"
      data-task-id={task.id}
      data-overdue={overdue || undefined}
      className={clsx("flex items-start gap-3 rounded-lg border-l-4 px-2 py-2", overdue ? "border-l-red-500 bg-red-50/60" : "border-l-transparent")}
    >
      <input
        type="checkbox"
        checked={done}
        disabled={!task.canComplete}
        onChange={(e) => props.onToggle(e.target.checked)}
        aria-label={t("markDone", { title: task.title })}
        className="mt-0.5 h-4 w-4 shrink-0 cursor-pointer accent-brand-600 disabled:cursor-not-allowed"
      />
      <div className="min-w-0 flex-1">
        <p className={clsx("text-sm break-words", done ? "text-slate-500 line-through" : "text-slate-900")}>{task.title}</p>
        <div className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1">
          <TaskDue task={task} overdue={overdue} />
          {task.closedWithDeal && (
            <span className="text-xs text-slate-500" data-testid="task-closed-with-deal">
              {t("closedWithDeal")}
            </span>
          )}
          {props.showSubject && task.deal && (
            <Link href={`/deals/${task.deal.id}`} className="max-w-64 truncate text-xs text-brand-700 hover:underline">
              {task.deal.title}
            </Link>
          )}
          {props.showSubject && task.person && (
            <Link href={`/people/${task.person.id}`} className="max-w-48 truncate text-xs text-slate-600 hover:underline">
              {task.person.name}
            </Link>
          )}
        </div>
      </div>
      {props.showAssignee && <Initials name={task.assignee.name} size="sm" />}
    </li>
  );
}
