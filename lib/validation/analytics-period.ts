// The bounds of an analytics period, checked wherever a period comes in (URL filters, server
// actions, the domain functions themselves), so that every loop over its weeks or months is short.
// Pure: the analytics pages use it in the browser too. Calendar days and the years are those of
// every date input (dates.ts).
import { MAX_YEAR, MIN_YEAR, parseDateInput } from "./dates";

export { MAX_YEAR, MIN_YEAR };

/** The period when the URL gives none (or a bad one): the last 90 days. */
export const DEFAULT_PERIOD_DAYS = 90;
/** The longest period, in days: any 5 calendar years fit. */
export const MAX_PERIOD_YEARS = 5;
export const MAX_PERIOD_DAYS = 366 * MAX_PERIOD_YEARS;
/** The most weeks and months a valid period touches (the loops over periods stop there). */
export const MAX_PERIOD_WEEKS = Math.ceil(MAX_PERIOD_DAYS / 7) + 1;
export const MAX_PERIOD_MONTHS = MAX_PERIOD_YEARS * 12 + 2;

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** Why a value is not a usable period: not a calendar day or month, out of the years, reversed, too long. */
export type PeriodIssue = "day" | "month" | "year" | "order" | "span";

const inYears = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

/** Days since 1970-01-01 of a calendar day "YYYY-MM-DD", or null when it is not one. */
export function dayNumber(day: string): number | null {
  const date = DAY.test(day) ? parseDateInput(day) : null;
  return date ? date.getTime() / DAY_MS : null;
}

/** Why `day` is not a calendar day "YYYY-MM-DD" within the years, or null. */
export function dayIssue(day: string): "day" | "year" | null {
  if (dayNumber(day) === null) return "day";
  return inYears(Number(day.slice(0, 4))) ? null : "year";
}

/** Why `month` is not a calendar month "YYYY-MM" within the years, or null. */
export function monthIssue(month: string): "month" | "year" | null {
  const m = MONTH.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return "month";
  return inYears(Number(m[1])) ? null : "year";
}

/** Why the days `from`–`to` (both included) are not a period, or null. */
export function periodIssue(from: string, to: string): PeriodIssue | null {
  const issue = dayIssue(from) ?? dayIssue(to);
  if (issue) return issue;
  const days = dayNumber(to)! - dayNumber(from)! + 1;
  if (days < 1) return "order";
  return days > MAX_PERIOD_DAYS ? "span" : null;
}

/** The English wording of an issue (the API and logs; the pages word the codes themselves). */
export const PERIOD_MESSAGES: Record<PeriodIssue, string> = {
  day: "Not a calendar day (use YYYY-MM-DD)",
  month: "Not a calendar month (use YYYY-MM)",
  year: `Dates must fall in the years ${MIN_YEAR}–${MAX_YEAR}`,
  order: "The period must start before it ends",
  span: `A period can be at most ${MAX_PERIOD_YEARS} years long`,
};
