import { describe, expect, it } from "vitest";
import { dayKey, groupTasks, isOverdue } from "./group-tasks";

// 14 March 2025, 21:30 in Moscow (UTC+3): 18:30 UTC. "Today" ends at 21:00 UTC.
const now = new Date("2025-03-14T18:30:00Z");
const MSK = "Europe/Moscow";
const task = (id: string, dueAt: string | null, doneAt: string | null = null) => ({ id, dueAt, doneAt });

describe("groupTasks", () => {
  const tasks = [
    task("later-today", "2025-03-14T20:59:00Z"), // 23:59 in Moscow: still today
    task("tomorrow-msk", "2025-03-14T21:00:00Z"), // 00:00 on the 15th in Moscow: upcoming
    task("overdue-week", "2025-03-07T09:00:00Z"),
    task("overdue-minute", "2025-03-14T18:29:00Z"),
    task("no-due", null),
    task("next-week", "2025-03-21T09:00:00Z"),
    task("done-today", "2025-03-10T09:00:00Z", "2025-03-14T10:00:00Z"),
    task("done-6-days", null, "2025-03-08T19:00:00Z"),
    task("done-8-days", "2025-03-01T09:00:00Z", "2025-03-06T18:29:00Z"),
    task("due-now", "2025-03-14T18:30:00Z"),
  ];

  it("sorts open tasks into overdue, today and upcoming in the given time zone, and keeps a week of done", () => {
    const groups = groupTasks(tasks, { now, timeZone: MSK });
    const ids = (list: { id: string }[]) => list.map((t) => t.id);
    expect(ids(groups.overdue)).toEqual(["overdue-week", "overdue-minute"]);
    expect(ids(groups.today)).toEqual(["due-now", "later-today"]);
    expect(ids(groups.upcoming)).toEqual(["tomorrow-msk", "next-week", "no-due"]);
    expect(ids(groups.done)).toEqual(["done-today", "done-6-days"]);
  });

  it("depends on the time zone: in UTC the 21:00 task is still today", () => {
    const groups = groupTasks(tasks, { now, timeZone: "UTC" });
    expect(groups.today.map((t) => t.id)).toEqual(["due-now", "later-today", "tomorrow-msk"]);
  });

  it("a task ticked done leaves its open section for done, and returns when undone", () => {
    const ticked = tasks.map((t) => (t.id === "overdue-week" ? { ...t, doneAt: now.toISOString() } : t));
    const groups = groupTasks(ticked, { now, timeZone: MSK });
    expect(groups.overdue.map((t) => t.id)).toEqual(["overdue-minute"]);
    expect(groups.done[0].id).toBe("overdue-week");
    expect(groupTasks(tasks, { now, timeZone: MSK }).overdue[0].id).toBe("overdue-week");
  });

  it("every task lands in at most one section", () => {
    const groups = groupTasks(tasks, { now, timeZone: MSK });
    const all = [...groups.overdue, ...groups.today, ...groups.upcoming, ...groups.done].map((t) => t.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(tasks.filter((t) => t.id !== "done-8-days").map((t) => t.id).sort());
  });
});

describe("isOverdue and dayKey", () => {
  it("overdue means open and past due", () => {
    expect(isOverdue(task("a", "2025-03-14T18:29:59Z"), now.getTime())).toBe(true);
    expect(isOverdue(task("a", "2025-03-14T18:30:00Z"), now.getTime())).toBe(false);
    expect(isOverdue(task("a", "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z"), now.getTime())).toBe(false);
    expect(isOverdue(task("a", null), now.getTime())).toBe(false);
  });

  it("names the calendar day in the zone", () => {
    expect(dayKey(new Date("2025-03-14T21:00:00Z"), MSK)).toBe("2025-03-15");
    expect(dayKey(new Date("2025-03-14T21:00:00Z"), "UTC")).toBe("2025-03-14");
  });
});
