// Pure: the wall clock of a time zone (TZ_DISPLAY) at an instant, and the zone's offset from UTC,
// read with Intl (no time-zone database of our own). Shared by analytics periods and task due times.

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock of `timeZone` at the instant `at` (ms since the epoch). */
export function wallClockIn(at: number, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Milliseconds `timeZone` is ahead of UTC at the instant `at` (Moscow: 10,800,000). */
export function utcOffsetMs(at: number, timeZone: string): number {
  const p = wallClockIn(at, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}
