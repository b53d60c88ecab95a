// The demo seed scores people with the app's scoring functions: its signals, scores and
// temperatures are exactly what a rebuild from its events gives.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildSeedData } from "@/prisma/seed/build";
import { insertAll } from "@/prisma/seed/insert";
import { rebuildScores } from "./rebuild-scores";

describe("demo seed scores", () => {
  it("match a full rebuild from the seeded events", async () => {
    await resetDatabase(db);
    const now = new Date("2026-06-15T09:00:00.000Z");
    const data = await buildSeedData(now);
    await db.$transaction((tx) => insertAll(tx, data), { timeout: 60_000 });
    const read = async () => ({
      signals: await db.personSignal.findMany({ orderBy: [{ personId: "asc" }, { ruleId: "asc" }] }),
      people: await db.person.findMany({ orderBy: { id: "asc" }, select: { id: true, score: true, temperature: true, scoreAt: true } }),
    });
    const seeded = await read();
    expect(seeded.signals.length).toBeGreaterThan(500);
    expect(new Set(seeded.people.map((p) => p.temperature))).toEqual(new Set(["COLD", "WARM", "HOT"]));
    await db.$transaction((tx) => rebuildScores({ tx, now }), { timeout: 60_000 });
    const rebuilt = await read();
    expect(rebuilt.people).toEqual(seeded.people);
    expect(rebuilt.signals.map((s) => ({ ...s, value: Math.round(s.value * 1e9) }))).toEqual(seeded.signals.map((s) => ({ ...s, value: Math.round(s.value * 1e9) })));
  }, 60_000);
});
