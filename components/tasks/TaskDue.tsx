"use client";
import clsx from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import { AlarmClock, CalendarClock, CircleCheck } from "lucide-react";
import type { TaskItem } from "@/lib/tasks/task-item";

const WHEN = { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" } as const;

/** When a task is due or was done. Overdue is said in words with an icon, not by color alone. */
export function TaskDue({ task, overdue }: { task: Pick<TaskItem, "dueAt" | "doneAt">; overdue: boolean }) {
  const t = useTranslations("tasks");
  const format = useFormatter();
  if (task.doneAt) {
    return (
      <span className="inline-flex items-center gap-1 text-xs text-slate-500">
        <CircleCheck size={12} aria-hidden />
        {t("doneAt", { date: format.dateTime(new Date(task.doneAt), WHEN) })}
      </span>
    );
  }
  if (!task.dueAt) return <span className="text-xs text-slate-500">{t("noDue")}</span>;
  const date = format.dateTime(new Date(task.dueAt), WHEN);
  return (
    <span
      data-overdue={overdue || undefined}
      className={clsx(
        "inline-flex max-w-full items-center gap-1 text-xs",
        overdue ? "rounded bg-red-50 px-1.5 py-0.5 font-semibold text-red-700" : "text-slate-600",
      )}
    >
      {overdue ? <AlarmClock size={12} aria-hidden /> : <CalendarClock size={12} aria-hidden />}
      {overdue ? t("overdueSince", { date }) : t("due", { date })}
    </span>
  );
}
