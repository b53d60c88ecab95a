// Date inputs: real calendar days within 2000–2100, worded in the user's language when refused.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dateInput, parseDateInput } from "./dates";
import { createDealSchema } from "./deals";
import { createTaskSchema } from "./tasks";
import { auditFilterSchema } from "./settings";
import { updatePersonSchema } from "./people";
import { validationError } from "./validation-error";

const schema = z.object({ at: dateInput() });
const failure = (value: unknown, locale?: string) => {
  const parsed = schema.safeParse({ at: value });
  return parsed.success ? null : validationError(parsed.error, locale).details?.fields as Record<string, string>;
};

describe("parseDateInput", () => {
  it.each([
    ["2026-02-28", "2026-02-28T00:00:00.000Z"],
    ["2028-02-29", "2028-02-29T00:00:00.000Z"],
    ["2000-01-01", "2000-01-01T00:00:00.000Z"],
    ["2026-03-01T10:30:00.000Z", "2026-03-01T10:30:00.000Z"],
    ["2026-03-01T10:30:15+03:00", "2026-03-01T07:30:15.000Z"],
    ["2026-03-01T23:59:59.123456Z", "2026-03-01T23:59:59.123Z"],
    [" 2026-02-28 ", "2026-02-28T00:00:00.000Z"],
  ])("%s is %s", (text, iso) => {
    expect(parseDateInput(text)?.toISOString()).toBe(iso);
  });

  it("a date-time without an offset is local time, as the browser's datetime-local sends it", () => {
    expect(parseDateInput("2026-03-01T10:30")?.getTime()).toBe(new Date(2026, 2, 1, 10, 30).getTime());
  });

  it.each(["2026-02-30", "2027-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-2-3", "20260228", "28.02.2026", "2026-02-30T10:00Z", "2026-03-01T24:00Z", "2026-03-01T10:60Z", "2026-03-01T10:00:61Z", "2026-03-01T10:00+25:00", "", "today", "2026-02-28x"])(
    "%j is no date",
    (text) => {
      expect(parseDateInput(text)).toBeNull();
    },
  );

  it("passes valid Dates through and refuses Invalid Date", () => {
    const date = new Date("2026-05-05T05:05:05Z");
    expect(parseDateInput(date)).toBe(date);
    expect(parseDateInput(new Date(Number.NaN))).toBeNull();
  });
});

describe("dateInput", () => {
  it("refuses a day that does not exist instead of rolling it into the next month", () => {
    expect(failure("2026-02-30")).toEqual({ at: "Enter a real calendar date, like 2026-02-28." });
  });

  it("refuses years outside 2000–2100", () => {
    for (const text of ["0001-01-01", "1999-12-31", "2101-01-01", "9999-12-31"]) {
      expect(failure(text), text).toEqual({ at: "Pick a date between 2000-01-01 and 2100-12-31." });
    }
    expect(failure(new Date("0001-01-01T00:00:00Z"))).toEqual({ at: "Pick a date between 2000-01-01 and 2100-12-31." });
    expect(failure("2100-12-31")).toBeNull();
    expect(failure("2000-01-01")).toBeNull();
  });

  it("refuses numbers, objects and empty text with the same message", () => {
    for (const value of [1_700_000_000_000, {}, "", true]) expect(failure(value)).toEqual({ at: "Enter a real calendar date, like 2026-02-28." });
  });

  it("words its messages in Russian for a Russian user", () => {
    expect(failure("2026-02-30", "ru")).toEqual({ at: "Введите существующую дату, например 2026-02-28." });
    expect(failure("0001-01-01", "ru")).toEqual({ at: "Выберите дату между 2000-01-01 и 2100-12-31." });
    const error = validationError(schema.safeParse({ at: "2026-02-30" }).error!, "ru");
    expect(error.message).toBe("at: Введите существующую дату, например 2026-02-28.");
  });
});

describe("every date input of deals, tasks, people and the audit filter", () => {
  it("deal expected close date", () => {
    const base = { title: "Сделка", value: 1, currency: "RUB", pipelineId: "p1" };
    expect(createDealSchema.safeParse({ ...base, expectedCloseAt: "2026-02-30" }).success).toBe(false);
    expect(createDealSchema.safeParse({ ...base, expectedCloseAt: "0001-01-01" }).success).toBe(false);
    expect(createDealSchema.parse({ ...base, expectedCloseAt: "2026-02-28" }).expectedCloseAt?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(createDealSchema.parse({ ...base, expectedCloseAt: null }).expectedCloseAt).toBeNull();
  });

  it("task due date", () => {
    const base = { title: "Позвонить", personId: "p1" };
    expect(createTaskSchema.safeParse({ ...base, dueAt: "2026-02-30T10:00:00.000Z" }).success).toBe(false);
    expect(createTaskSchema.safeParse({ ...base, dueAt: "0001-01-01T00:00:00.000Z" }).success).toBe(false);
    expect(createTaskSchema.parse({ ...base, dueAt: "2026-03-01T10:00:00.000Z" }).dueAt?.toISOString()).toBe("2026-03-01T10:00:00.000Z");
  });

  it("a person's last-seen version", () => {
    expect(updatePersonSchema.safeParse({ personId: "p1", name: "Мария", expectedUpdatedAt: "0001-01-01T00:00:00Z" }).success).toBe(false);
    expect(updatePersonSchema.safeParse({ personId: "p1", name: "Мария", expectedUpdatedAt: new Date() }).success).toBe(true);
  });

  it("the audit filter ignores a date that does not exist (a URL filter falls back)", () => {
    expect(auditFilterSchema.parse({ from: "2026-02-30", to: "0001-01-01" })).toMatchObject({ from: undefined, to: undefined });
    expect(auditFilterSchema.parse({ from: "2026-02-01" }).from?.toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });
});
