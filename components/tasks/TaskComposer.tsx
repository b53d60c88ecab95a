"use client";
import { useId, useState, useTransition } from "react";
import { useNow, useTimeZone, useTranslations } from "next-intl";
import { toast } from "sonner";
import { createTaskAction } from "@/lib/actions/tasks";
import { addDaysToDate, instantToZoned, zonedToInstant } from "@/lib/tasks/due-time";
import { TASK_TITLE_MAX } from "@/lib/validation/tasks";
import { Button } from "@/components/ui/Button";
import { inputClass } from "@/components/ui/Field";

const HOUR = 3_600_000;

/**
 * A new task on a deal or a person: title, due date and time (in the app's time zone; the past is
 * allowed, for logging what was due yesterday) and, for managers, the assignee.
 */
export function TaskComposer(props: {
  personId?: string;
  dealId?: string;
  assignees: { id: string; name: string }[];
  defaultAssigneeId: string;
}) {
  const t = useTranslations("tasks.composer");
  const id = useId();
  const timeZone = useTimeZone() ?? "UTC";
  const now = useNow({ updateInterval: 30_000 });
  // Defaults: today, at the next full hour (the request's "now", so server and browser agree).
  const [defaults] = useState(() => instantToZoned(new Date(Math.ceil((now.getTime() + 1) / HOUR) * HOUR), timeZone));
  const today = instantToZoned(now, timeZone).date;
  const [title, setTitle] = useState("");
  const [date, setDate] = useState(defaults.date);
  const [time, setTime] = useState(defaults.time);
  const [assigneeId, setAssigneeId] = useState(props.defaultAssigneeId);
  const [errors, setErrors] = useState<{ title?: string; due?: string; form?: string }>({});
  const [pending, start] = useTransition();
  const due = date ? zonedToInstant(date, time, timeZone) : null;
  const past = due !== null && due.getTime() < now.getTime();

  function submit() {
    const text = title.trim();
    const next: typeof errors = {};
    if (!text) next.title = t("errors.title");
    else if (text.length > TASK_TITLE_MAX) next.title = t("errors.titleTooLong");
    if (date && !due) next.due = t("errors.due");
    setErrors(next);
    if (next.title || next.due) return;
    start(async () => {
      const result = await createTaskAction({
        title: text,
        dueAt: due?.toISOString() ?? null,
        assigneeId,
        dealId: props.dealId ?? null,
        personId: props.dealId ? null : (props.personId ?? null),
      });
      if (result.ok) {
        setTitle("");
        toast.success(t("added"));
      } else {
        setErrors({ form: result.error.message });
        toast.error(t("failed"), { description: result.error.message });
      }
    });
  }

  const errorId = (key: string) => `${id}-${key}-error`;
  return (
    <form
      data-testid="task-composer"
      aria-label={t("legend")}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="space-y-2"
    >
      <div>
        <label htmlFor={`${id}-title`} className="mb-1 block text-xs font-medium text-slate-700">
          {t("title")}
        </label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={TASK_TITLE_MAX + 50}
          placeholder={t("titlePlaceholder")}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? errorId("title") : undefined}
          className={inputClass}
        />
        {errors.title && (
          <p id={errorId("title")} role="alert" className="mt-1 text-xs text-red-700">
            {errors.title}
          </p>
        )}
      </div>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-[1fr_8.5rem]">
        <div>
          <label htmlFor={`${id}-date`} className="mb-1 block text-xs font-medium text-slate-700">
            {t("date")}
          </label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} className={inputClass} aria-describedby={errors.due ? errorId("due") : undefined} />
        </div>
        <div>
          <label htmlFor={`${id}-time`} className="mb-1 block text-xs font-medium text-slate-700">
            {t("time")}
          </label>
          <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} className={inputClass} />
        </div>
      </div>
      <div className="flex gap-1.5">
        <Button type="button" variant="secondary" size="sm" className="h-7 text-xs" onClick={() => setDate(today)}>
          {t("today")}
        </Button>
        <Button type="button" variant="secondary" size="sm" className="h-7 text-xs" onClick={() => setDate(addDaysToDate(today, 1))}>
          {t("tomorrow")}
        </Button>
      </div>
      {errors.due && (
        <p id={errorId("due")} role="alert" className="text-xs text-red-700">
          {errors.due}
        </p>
      )}
      {past && !errors.due && <p className="text-xs text-amber-800">{t("pastHint")}</p>}
      {props.assignees.length > 1 && (
        <div>
          <label htmlFor={`${id}-assignee`} className="mb-1 block text-xs font-medium text-slate-700">
            {t("assignee")}
          </label>
          <select id={`${id}-assignee`} value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)} className={inputClass}>
            {props.assignees.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <div className="flex justify-end">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t("adding") : t("add")}
        </Button>
      </div>
    </form>
  );
}
