// Scores cool down on the scheduler's clock: a tick refreshes them when the interval has passed
// since any instance last did, and not again before. Real database, real tick.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { resetDatabase, testDbProvider } from "@/lib/testing/test-db";
import { DAY_MS } from "@/lib/scoring/score-math";
import { DEFAULT_SCORE_REFRESH_MS, SCORE_REFRESH_KEY, refreshScoresWhenDue, scoreRefreshIntervalFromEnv } from "./refresh-scores-when-due";
import { runSchedulerTick } from "./run-tick";

const HOUR = 3_600_000;
const T0 = new Date("2026-05-04T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const tick = (now: Date, scoreRefreshMs?: number) => runSchedulerTick({ db, now, mailer: null, scoreRefreshMs });
const stored = (id: string) => db.person.findUniqueOrThrow({ where: { id }, select: { score: true, temperature: true, scoreAt: true } });

/** A person hot at T0 from one 40-point signal that halves every day (warm from 10, hot from 30). */
async function hotPerson(name: string) {
  const rule = (await db.scoringRule.findFirst({ select: { id: true } })) ?? (await db.scoringRule.create({ data: { eventType: "order", points: 40, halfLifeDays: 1 } }));
  const person = await db.person.create({ data: { name, score: 40, scoreAt: T0, temperature: "HOT", lastTouchAt: T0 }, select: { id: true } });
  await db.personSignal.create({ data: { personId: person.id, ruleId: rule.id, value: 40, at: T0, events: 1 } });
  return person.id;
}

beforeEach(async () => {
  await resetDatabase(db);
  await db.setting.create({ data: { key: "scoring.thresholds", value: JSON.stringify({ warm: 10, hot: 30 }) } });
});

describe("scheduled score cooling", () => {
  it("a tick cools scores down, not again within the interval, and again once it has passed", async () => {
    const id = await hotPerson("Ольга Остывающая");
    // The first tick of a database only starts the clock.
    expect((await tick(T0)).scores).toBeNull();
    expect(await stored(id)).toEqual({ score: 40, temperature: "HOT", scoreAt: T0 });

    const first = await tick(at(DAY_MS));
    expect(first.scores).toEqual({ changed: 1 });
    expect(await stored(id)).toEqual({ score: 20, temperature: "WARM", scoreAt: at(DAY_MS) });
    const mark = await db.setting.findUniqueOrThrow({ where: { key: SCORE_REFRESH_KEY } });
    expect(JSON.parse(mark.value)).toMatchObject({ at: at(DAY_MS).toISOString() });

    // Half an hour later the score would be lower, but the job is not due: nothing is rewritten.
    const second = await tick(at(DAY_MS + HOUR / 2));
    expect(second.scores).toBeNull();
    expect(await stored(id)).toEqual({ score: 20, temperature: "WARM", scoreAt: at(DAY_MS) });
    expect((await db.setting.findUniqueOrThrow({ where: { key: SCORE_REFRESH_KEY } })).value).toBe(mark.value);

    // One interval (1 h by default) after the last run it runs again.
    const third = await tick(at(DAY_MS + DEFAULT_SCORE_REFRESH_MS));
    expect(third.scores).toEqual({ changed: 1 });
    expect(await stored(id)).toEqual({ score: 19.4, temperature: "WARM", scoreAt: at(DAY_MS + HOUR) });

    // Two more days: cold.
    expect((await tick(at(3 * DAY_MS))).scores).toEqual({ changed: 1 });
    expect(await stored(id)).toMatchObject({ score: 5, temperature: "COLD" });
  });

  it("follows the configured interval", async () => {
    const id = await hotPerson("Иван Интервалов");
    const every10min = 10 * 60_000;
    expect((await tick(T0, every10min)).scores).toBeNull();
    expect((await tick(at(DAY_MS), every10min)).scores).toEqual({ changed: 1 });
    expect((await tick(at(DAY_MS + every10min - 1), every10min)).scores).toBeNull();
    expect((await tick(at(DAY_MS + every10min), every10min)).scores).toEqual({ changed: 1 });
    expect(await stored(id)).toMatchObject({ scoreAt: at(DAY_MS + every10min) });
  });

  it("reads SCORE_REFRESH_MS, falling back to one hour on anything unusable", () => {
    expect(scoreRefreshIntervalFromEnv(undefined)).toBe(3_600_000);
    expect(scoreRefreshIntervalFromEnv("")).toBe(3_600_000);
    expect(scoreRefreshIntervalFromEnv("900000")).toBe(900_000);
    for (const bad of ["abc", "-5", "0", "999", "Infinity"]) expect(scoreRefreshIntervalFromEnv(bad)).toBe(3_600_000);
  });
});

describe("several instances", () => {
  let other: Db;
  beforeAll(() => {
    other = createPrismaClient(process.env.DATABASE_URL);
  });
  afterAll(() => other.$disconnect());

  it("of instances due at the same moment, exactly one runs the job", async () => {
    await hotPerson("Общая Анна");
    await other.user.count();
    expect(await refreshScoresWhenDue(db, { now: T0, intervalMs: HOUR })).toBeNull(); // starts the clock
    const now = at(DAY_MS);
    const clients = [db, other, db, other];
    const results =
      testDbProvider() === "postgresql"
        ? await Promise.all(clients.map((client) => refreshScoresWhenDue(client, { now, intervalMs: HOUR })))
        : // SQLite serves one app process (see concurrency.test.ts): the instances take turns.
          await clients.reduce<Promise<({ changed: number } | null)[]>>(async (done, client) => [...(await done), await refreshScoresWhenDue(client, { now, intervalMs: HOUR })], Promise.resolve([]));
    expect(results.filter((r) => r !== null)).toEqual([{ changed: 1 }]);

    // An instance whose clock lags behind the last run does not run it again either.
    expect(await refreshScoresWhenDue(other, { now: at(DAY_MS - 5 * 60_000), intervalMs: HOUR })).toBeNull();
  });
});
