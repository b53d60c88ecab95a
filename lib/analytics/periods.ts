// Calendar arithmetic for analytics periods, in the display time zone (TZ_DISPLAY). Pure.
import { utcOffsetMs } from "@/lib/time/zone-clock";

const DAY = 86_400_000;

export const DEFAULT_PERIOD_DAYS = 90;

/** Minutes to add to UTC to get the wall clock of `timeZone` at `at` (Moscow: 180). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  return Math.round(utcOffsetMs(at.getTime(), timeZone) / 60_000);
}

/** The calendar day "YYYY-MM-DD" of an instant, seen at a UTC offset. */
export function dayOf(at: Date, offsetMinutes: number): string {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The instant a calendar day begins at a UTC offset. */
export function dayStart(day: string, offsetMinutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000);
}

/** A calendar day plus `days` (negative: minus). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** "YYYY-MM" of a calendar day or month plus `months`. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
}

/** The instant a calendar month "YYYY-MM" begins at a UTC offset. */
export function monthStart(month: string, offsetMinutes: number): Date {
  return dayStart(`${month}-01`, offsetMinutes);
}

/** Every Monday "YYYY-MM-DD" of the weeks that overlap the days from `fromDay` to `toDay`. */
export function weeksBetween(fromDay: string, toDay: string): string[] {
  const first = new Date(`${fromDay}T00:00:00Z`);
  const monday = addDays(fromDay, -((first.getUTCDay() + 6) % 7));
  const weeks: string[] = [];
  for (let w = monday; w <= toDay; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

/** Every month "YYYY-MM" from the month of `fromDay` to the month of `toDay`. */
export function monthsBetween(fromDay: string, toDay: string): string[] {
  const months: string[] = [];
  for (let m = fromDay.slice(0, 7); m <= toDay.slice(0, 7); m = addMonths(m, 1)) months.push(m);
  return months;
}
