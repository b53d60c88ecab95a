// Pure: the sections of the "My tasks" page. Runs on the server and in the browser (optimistic
// updates regroup a task the moment it is ticked), so it takes "now" and the time zone as input.

export const DONE_RECENTLY_DAYS = 7;

export interface GroupableTask {
  id: string;
  dueAt: string | null;
  doneAt: string | null;
}

export interface TaskGroups<T> {
  overdue: T[];
  today: T[];
  upcoming: T[];
  done: T[];
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day ("2025-03-14") of an instant in a time zone. */
export function dayKey(at: Date | number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

const time = (iso: string | null) => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso));

/**
 * Overdue: open and due before now. Today: open, due later today (in `timeZone`). Upcoming: open,
 * due after today or without a due time. Done: done within the last DONE_RECENTLY_DAYS days.
 * Open sections run earliest due first (no due time last); done runs latest first.
 */
export function groupTasks<T extends GroupableTask>(tasks: readonly T[], options: { now: Date; timeZone: string }): TaskGroups<T> {
  const now = options.now.getTime();
  const today = dayKey(now, options.timeZone);
  const doneSince = now - DONE_RECENTLY_DAYS * 86_400_000;
  const groups: TaskGroups<T> = { overdue: [], today: [], upcoming: [], done: [] };
  for (const task of tasks) {
    if (task.doneAt !== null) {
      if (Date.parse(task.doneAt) >= doneSince) groups.done.push(task);
      continue;
    }
    const due = time(task.dueAt);
    if (due < now) groups.overdue.push(task);
    else if (task.dueAt !== null && dayKey(due, options.timeZone) === today) groups.today.push(task);
    else groups.upcoming.push(task);
  }
  const byDue = (a: T, b: T) => time(a.dueAt) - time(b.dueAt) || a.id.localeCompare(b.id);
  groups.overdue.sort(byDue);
  groups.today.sort(byDue);
  groups.upcoming.sort(byDue);
  groups.done.sort((a, b) => Date.parse(b.doneAt!) - Date.parse(a.doneAt!) || a.id.localeCompare(b.id));
  return groups;
}

/** Open and past its due time. */
export function isOverdue(task: { dueAt: string | null; doneAt: string | null }, now: number): boolean {
  return task.doneAt === null && task.dueAt !== null && Date.parse(task.dueAt) < now;
}
