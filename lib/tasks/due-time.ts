// Pure: due times are typed as a wall-clock date and time in the app's time zone (TZ_DISPLAY),
// whatever the browser's own zone, and shown back in that zone.

function partsIn(at: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(at: number, timeZone: string): number {
  const p = partsIn(at, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a wall-clock "2025-03-14" + "09:30" means in `timeZone`; null when either is not a
 * valid date or time. In a DST gap the clock time that does not exist moves forward by the gap.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null; // 31 April and the like
  let at = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(at, timeZone);
  if (second !== at) at = second;
  return new Date(at);
}

/** The wall-clock date ("2025-03-14") and time ("09:30") of an instant in `timeZone`. */
export function instantToZoned(at: Date, timeZone: string): { date: string; time: string } {
  const p = partsIn(at.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** Shifts a wall-clock date by whole days ("2025-03-14", -1 → "2025-03-13"). */
export function addDaysToDate(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
