import { describe, expect, it } from "vitest";
import { addDaysToDate, instantToZoned, zonedToInstant } from "./due-time";

describe("zonedToInstant", () => {
  it("reads a wall-clock time in the app's zone, not the machine's", () => {
    expect(zonedToInstant("2025-03-14", "09:30", "Europe/Moscow")?.toISOString()).toBe("2025-03-14T06:30:00.000Z");
    expect(zonedToInstant("2025-03-14", "09:30", "UTC")?.toISOString()).toBe("2025-03-14T09:30:00.000Z");
    expect(zonedToInstant("2025-07-01", "00:15", "America/New_York")?.toISOString()).toBe("2025-07-01T04:15:00.000Z");
    expect(zonedToInstant("2025-01-01", "00:15", "America/New_York")?.toISOString()).toBe("2025-01-01T05:15:00.000Z");
  });

  it("moves a time inside a DST gap forward by the gap", () => {
    // Berlin skips 02:00–03:00 on 30 March 2025.
    expect(zonedToInstant("2025-03-30", "02:30", "Europe/Berlin")?.toISOString()).toBe("2025-03-30T01:30:00.000Z");
    expect(zonedToInstant("2025-03-30", "03:30", "Europe/Berlin")?.toISOString()).toBe("2025-03-30T01:30:00.000Z");
  });

  it("rejects what is not a date or a time", () => {
    expect(zonedToInstant("2025-04-31", "10:00", "UTC")).toBeNull();
    expect(zonedToInstant("2025-13-01", "10:00", "UTC")).toBeNull();
    expect(zonedToInstant("2025-03-14", "24:00", "UTC")).toBeNull();
    expect(zonedToInstant("", "10:00", "UTC")).toBeNull();
    expect(zonedToInstant("2025-03-14", "", "UTC")).toBeNull();
  });

  it("round-trips with instantToZoned", () => {
    for (const zone of ["Europe/Moscow", "Asia/Kolkata", "America/Los_Angeles"]) {
      const at = zonedToInstant("2025-11-02", "18:45", zone)!;
      expect(instantToZoned(at, zone)).toEqual({ date: "2025-11-02", time: "18:45" });
    }
  });
});

describe("addDaysToDate", () => {
  it("crosses months and years", () => {
    expect(addDaysToDate("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDaysToDate("2024-12-31", 1)).toBe("2025-01-01");
  });
});
