// Calendar arithmetic for analytics periods, in the display time zone (TZ_DISPLAY). Pure.
import { utcOffsetMs } from "@/lib/time/zone-clock";
import { AppError } from "@/lib/errors/app-error";
import { MAX_PERIOD_MONTHS, MAX_PERIOD_WEEKS, PERIOD_MESSAGES, dayNumber } from "@/lib/validation/analytics-period";

const DAY = 86_400_000;

export { DEFAULT_PERIOD_DAYS } from "@/lib/validation/analytics-period";

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

/** A day's number (days since 1970-01-01), or a VALIDATION error for what is not a calendar day. */
function dayNumberOf(day: string): number {
  const n = dayNumber(day);
  if (n === null) throw new AppError("VALIDATION", PERIOD_MESSAGES.day);
  return n;
}

/**
 * Every Monday "YYYY-MM-DD" of the weeks that overlap the days from `fromDay` to `toDay`. The
 * count is computed first and capped (MAX_PERIOD_WEEKS), so the loop always ends.
 */
export function weeksBetween(fromDay: string, toDay: string): string[] {
  const from = dayNumberOf(fromDay);
  // 1970-01-01 was a Thursday: day numbers 4, 11, … are Mondays.
  const monday = from - ((((from - 4) % 7) + 7) % 7);
  const count = Math.floor((dayNumberOf(toDay) - monday) / 7) + 1;
  if (count > MAX_PERIOD_WEEKS) throw new AppError("VALIDATION", PERIOD_MESSAGES.span);
  const first = addDays(fromDay, monday - from);
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(first, 7 * i));
}

/** Every month "YYYY-MM" from the month of `fromDay` to the month of `toDay` (at most MAX_PERIOD_MONTHS). */
export function monthsBetween(fromDay: string, toDay: string): string[] {
  const index = (day: string) => {
    dayNumberOf(day);
    return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  };
  const count = index(toDay) - index(fromDay) + 1;
  if (count > MAX_PERIOD_MONTHS) throw new AppError("VALIDATION", PERIOD_MESSAGES.span);
  const first = fromDay.slice(0, 7);
  return Array.from({ length: Math.max(0, count) }, (_, i) => addMonths(first, i));
}
