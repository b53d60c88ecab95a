import { describe, expect, it } from "vitest";
import { dayKey, groupByDay } from "./group-by-day";

describe("groupByDay", () => {
  const now = new Date("2026-11-23T10:00:00Z"); // 13:00 in Moscow
  const item = (iso: string) => ({ at: new Date(iso), id: iso });

  it("splits at midnight of the display time zone, not UTC", () => {
    // 21:30 UTC on the 22nd is 00:30 on the 23rd in Moscow.
    expect(dayKey(new Date("2026-11-22T21:30:00Z"), "Europe/Moscow")).toBe("2026-11-23");
    expect(dayKey(new Date("2026-11-22T21:30:00Z"), "UTC")).toBe("2026-11-22");
  });

  it("labels today and yesterday and keeps the order inside each day", () => {
    const items = [item("2026-11-23T09:00:00Z"), item("2026-11-22T21:30:00Z"), item("2026-11-22T20:00:00Z"), item("2026-11-20T08:00:00Z")];
    expect(groupByDay(items, "Europe/Moscow", now).map((g) => [g.day, g.relative, g.items.map((i) => i.id)])).toEqual([
      ["2026-11-23", "today", ["2026-11-23T09:00:00Z", "2026-11-22T21:30:00Z"]],
      ["2026-11-22", "yesterday", ["2026-11-22T20:00:00Z"]],
      ["2026-11-20", null, ["2026-11-20T08:00:00Z"]],
    ]);
    expect(groupByDay([], "UTC", now)).toEqual([]);
  });
});
