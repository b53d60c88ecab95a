import { describe, expect, it } from "vitest";
import { MAX_PERIOD_MONTHS, MAX_PERIOD_WEEKS } from "@/lib/validation/analytics-period";
import { addDays, addMonths, dayOf, dayStart, monthsBetween, utcOffsetMinutes, weeksBetween } from "./periods";

describe("periods", () => {
  it("knows the offset of a time zone at an instant (DST included)", () => {
    expect(utcOffsetMinutes("Europe/Moscow", new Date("2026-07-01T00:00:00Z"))).toBe(180);
    expect(utcOffsetMinutes("UTC", new Date("2026-07-01T00:00:00Z"))).toBe(0);
    expect(utcOffsetMinutes("Europe/Berlin", new Date("2026-01-15T12:00:00Z"))).toBe(60);
    expect(utcOffsetMinutes("Europe/Berlin", new Date("2026-07-15T12:00:00Z"))).toBe(120);
    expect(utcOffsetMinutes("America/New_York", new Date("2026-01-15T12:00:00Z"))).toBe(-300);
  });

  it("turns instants into calendar days of the zone and back", () => {
    // 22:30 UTC on 31 May is already 1 June in Moscow.
    expect(dayOf(new Date("2026-05-31T22:30:00Z"), 180)).toBe("2026-06-01");
    expect(dayStart("2026-06-01", 180).toISOString()).toBe("2026-05-31T21:00:00.000Z");
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addMonths("2026-11", 3)).toBe("2027-02");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });

  it("lists the Mondays and months a period touches", () => {
    expect(weeksBetween("2026-03-04", "2026-03-16")).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(weeksBetween("2026-03-02", "2026-03-02")).toEqual(["2026-03-02"]);
    expect(monthsBetween("2026-11-20", "2027-01-03")).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(weeksBetween("2026-03-09", "2026-03-08")).toEqual([]);
    expect(weeksBetween("2026-03-01", "2026-03-01")).toEqual(["2026-02-23"]);
    expect(monthsBetween("2026-03-01", "2026-02-28")).toEqual([]);
  });

  it("ends every loop over periods: a count capped before the loop, not a string comparison", () => {
    // This URL's period once looped forever (past year 9999 the days no longer compared as strings).
    expect(() => weeksBetween("9999-12-20", "9999-12-31")).not.toThrow();
    expect(weeksBetween("9999-12-20", "9999-12-31")).toHaveLength(2);
    expect(monthsBetween("9999-11-20", "9999-12-31")).toEqual(["9999-11", "9999-12"]);
    // Longer than any valid period: refused before any work.
    expect(() => weeksBetween("2000-01-01", "2100-12-31")).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    expect(() => monthsBetween("2000-01-01", "2100-12-31")).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    expect(() => weeksBetween("2026-02-30", "2026-03-31")).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    expect(() => monthsBetween("2026-13-01", "2027-01-01")).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    // The longest valid period fits under the caps.
    expect(weeksBetween("2021-01-01", "2025-12-31").length).toBeLessThanOrEqual(MAX_PERIOD_WEEKS);
    expect(monthsBetween("2021-01-01", "2026-01-05").length).toBeLessThanOrEqual(MAX_PERIOD_MONTHS);
  });
});
