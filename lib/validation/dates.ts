// Every date or date-time a person or a client sends: a real calendar date within a sane range.
// `new Date("2026-02-30")` quietly gives 2 March and `z.coerce.date()` accepted year 0001; here
// the day must exist in its month, the time on the clock, and the year between 2000 and 2100.
import { z } from "zod";
import { validationText } from "@/lib/i18n/validation-text";

/** The years every date input accepts (analytics periods too), and the same as days (inclusive, UTC). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const DATE_MIN = `${MIN_YEAR}-01-01`;
export const DATE_MAX = `${MAX_YEAR}-12-31`;
const MIN_MS = Date.parse(`${DATE_MIN}T00:00:00Z`);
const END_MS = Date.parse(`${DATE_MAX}T00:00:00Z`) + 86_400_000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?$/i;

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * "2026-02-28" (that day, 00:00 UTC, as before) or an ISO date-time ("2026-02-28T14:30", local
 * time without an offset, as the browser sends it; "…Z" or "…+03:00" with one), or a Date
 * (server actions pass Dates through). Null when the text is no real date.
 */
export function parseDateInput(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const text = value.trim();
  const day = DATE_ONLY.exec(text);
  if (day) return isCalendarDay(+day[1], +day[2], +day[3]) ? new Date(`${text}T00:00:00Z`) : null;
  const time = DATE_TIME.exec(text);
  if (!time) return null;
  const [, y, mo, d, h, mi, s = "0", , oh = "0", om = "0"] = time;
  if (!isCalendarDay(+y, +mo, +d) || +h > 23 || +mi > 59 || +s > 59 || +oh > 23 || +om > 59) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function isDateInRange(date: Date): boolean {
  return date.getTime() >= MIN_MS && date.getTime() < END_MS;
}

const invalid = { message: validationText("en", "invalidDate"), params: { messageKey: "invalidDate" } };
const range = { min: DATE_MIN, max: DATE_MAX };

/** A date input (see parseDateInput) → Date; a clear error for anything else. Chain .nullish() etc. */
export function dateInput() {
  return z
    .custom<string | Date>((value) => typeof value === "string" || value instanceof Date, invalid)
    .transform((value, ctx) => {
      const date = parseDateInput(value);
      if (!date) {
        ctx.addIssue({ code: "custom", ...invalid });
        return z.NEVER;
      }
      if (!isDateInRange(date)) {
        ctx.addIssue({ code: "custom", message: validationText("en", "dateOutOfRange", range), params: { messageKey: "dateOutOfRange", values: range } });
        return z.NEVER;
      }
      return date;
    });
}
