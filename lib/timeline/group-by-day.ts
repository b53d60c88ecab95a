// Groups a newest-first stream into calendar days of the display time zone. Pure; used by the
// timeline on the server and in the browser (the same `now` is passed to both).

export interface DayGroup<T> {
  /** "2026-11-23" in the display time zone. */
  day: string;
  /** "today" / "yesterday" relative to `now`, else null. */
  relative: "today" | "yesterday" | null;
  items: T[];
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function dayKey(at: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formats.set(timeZone, format);
  }
  return format.format(at);
}

export function groupByDay<T extends { at: Date }>(items: readonly T[], timeZone: string, now: Date): DayGroup<T>[] {
  const today = dayKey(now, timeZone);
  const yesterday = dayKey(new Date(now.getTime() - 86_400_000), timeZone);
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const day = dayKey(item.at, timeZone);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, relative: day === today ? "today" : day === yesterday ? "yesterday" : null, items: [item] });
  }
  return groups;
}
