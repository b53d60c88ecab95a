import "server-only";
// Scores cool down with time even when nothing happens: this decays every person's signals to
// `now` and rewrites the scores and temperatures that changed. It reads signals only (one row per
// person and rule), never events, so it is cheap enough to run hourly or nightly.
import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import { lockWriters } from "@/lib/db-dialect";
import { IDENTITY_LOCK } from "@/lib/people/merge-people";
import { loadScoringConfig } from "./load-scoring-config";
import { writeScores } from "./people-scores";
import { scoreAt, temperatureOf, type Temperature } from "./score-math";

const PAGE = 2000;

/**
 * Internal job (no actor): returns how many people changed. The scheduler runs it at most once
 * per SCORE_REFRESH_MS (lib/scheduler/refresh-scores-when-due.ts), on its own client.
 */
export async function refreshScores(options: { now?: Date; db?: Db } = {}): Promise<{ changed: number }> {
  const now = options.now ?? new Date();
  const db = options.db ?? appDb;
  let changed = 0;
  let cursor: string | undefined;
  for (;;) {
    // Read and write under the ingest lock, so a batch landing meanwhile is never overwritten.
    const page = await db.$transaction(async (tx) => {
      await lockWriters(tx, IDENTITY_LOCK);
      const people = await tx.person.findMany({
        where: { mergedIntoId: null, OR: [{ score: { not: 0 } }, { temperature: { not: "COLD" } }, { signals: { some: {} } }] },
        take: PAGE,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        orderBy: { id: "asc" },
        select: { id: true, score: true, temperature: true, signals: { select: { ruleId: true, value: true, at: true, events: true } } },
      });
      const config = await loadScoringConfig({ tx });
      const halfLife = new Map(config.rules.map((r) => [r.id, r.halfLifeDays]));
      const rows: { personId: string; score: number; temperature: Temperature }[] = [];
      for (const person of people) {
        const active = person.signals.filter((s) => halfLife.has(s.ruleId));
        const score = scoreAt(active.map((s) => ({ signal: { value: s.value, at: s.at.getTime(), events: s.events }, halfLifeDays: halfLife.get(s.ruleId)! })), now.getTime());
        const temperature = temperatureOf(score, config.thresholds);
        if (score !== person.score || temperature !== person.temperature) rows.push({ personId: person.id, score, temperature });
      }
      await writeScores(tx, rows, now);
      return { size: people.length, last: people[people.length - 1]?.id, changed: rows.length };
    });
    changed += page.changed;
    if (page.size < PAGE || !page.last) break;
    cursor = page.last;
  }
  return { changed };
}
