// Pure: due times are typed as a wall-clock date and time in the app's time zone (TZ_DISPLAY),
// whatever the browser's own zone, and shown back in that zone.
import { utcOffsetMs, wallClockIn } from "@/lib/time/zone-clock";

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
  let at = wall - utcOffsetMs(wall, timeZone);
  const second = wall - utcOffsetMs(at, timeZone);
  if (second !== at) at = second;
  return new Date(at);
}

/** The wall-clock date ("2025-03-14") and time ("09:30") of an instant in `timeZone`. */
export function instantToZoned(at: Date, timeZone: string): { date: string; time: string } {
  const p = wallClockIn(at.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** Shifts a wall-clock date by whole days ("2025-03-14", -1 → "2025-03-13"). */
export function addDaysToDate(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
