"use client";
import clsx from "clsx";
import { useNow, useTimeZone, useTranslations } from "next-intl";
import { AlarmClock, CalendarDays, CalendarRange, CircleCheck } from "lucide-react";
import type { TaskItem } from "@/lib/tasks/task-item";
import { groupTasks, isOverdue, type TaskGroups } from "@/lib/tasks/group-tasks";
import { TaskRow } from "./TaskRow";
import { useTaskToggle } from "./use-task-toggle";

const SECTIONS = [
  { key: "overdue", Icon: AlarmClock, tone: "text-red-700" },
  { key: "today", Icon: CalendarDays, tone: "text-slate-800" },
  { key: "upcoming", Icon: CalendarRange, tone: "text-slate-800" },
  { key: "done", Icon: CircleCheck, tone: "text-slate-600" },
] as const;

/**
 * The /tasks sections. Ticking a task moves it to "done" at once (regrouped in the browser with
 * the same pure function the server would use) and back if the server refuses.
 */
export function MyTasks(props: { tasks: TaskItem[]; showAssignee: boolean }) {
  const t = useTranslations("tasks");
  const now = useNow({ updateInterval: 60_000 });
  const timeZone = useTimeZone() ?? "UTC";
  const { tasks, toggle } = useTaskToggle(props.tasks);
  const groups: TaskGroups<TaskItem> = groupTasks(tasks, { now, timeZone });

  if (tasks.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600" data-testid="tasks-empty">
        {t("empty")}
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {SECTIONS.map(({ key, Icon, tone }) => {
        const list = groups[key];
        return (
          <section key={key} aria-labelledby={`tasks-${key}`} data-testid={`tasks-${key}`}>
            <h2 id={`tasks-${key}`} className={clsx("mb-2 flex items-center gap-2 text-sm font-semibold", tone)}>
              <Icon size={16} aria-hidden />
              {t(`sections.${key}`)}
              <span className={clsx("rounded-full px-2 text-xs leading-5", key === "overdue" && list.length > 0 ? "bg-red-600 text-white" : "bg-slate-200 text-slate-700")}>
                {list.length}
              </span>
            </h2>
            {list.length === 0 ? (
              <p className="px-2 text-sm text-slate-500">{t(`sectionEmpty.${key}`)}</p>
            ) : (
              <ul className="space-y-1 rounded-xl border border-slate-200 bg-white p-2">
                {list.map((task) => (
                  <TaskRow
                    key={task.id}
                    task={task}
                    overdue={isOverdue(task, now.getTime())}
                    onToggle={(done) => toggle(task, done)}
                    showSubject
                    showAssignee={props.showAssignee}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
