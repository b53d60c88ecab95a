import { describe, expect, it } from "vitest";
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
  });
});
