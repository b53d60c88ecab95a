import "server-only";
// The full recomputation, for when the rules themselves change (new points, half-lives, channel
// weights): every signal is rebuilt from the events, page by page in person order, and every
// live person's score and temperature follow. Ingest never needs this (it is incremental).
import type { Tx } from "@/lib/db-client";
import { loadScoringConfig } from "./load-scoring-config";
import { writeScores } from "./people-scores";
import { buildRuleMatcher, type ScoringConfig } from "./rule-index";
import { addEvent, scoreAt, temperatureOf, type Signal } from "./score-math";
import { upsertSignals } from "./score-people";

const PAGE = 5000;

/** Internal: callers check settings.manage (saveScoringConfig) or are the seed. */
export async function rebuildScores(options: { tx: Tx; now: Date; config?: ScoringConfig }): Promise<{ people: number; events: number }> {
  const { tx, now } = options;
  const nowMs = now.getTime();
  const config = options.config ?? (await loadScoringConfig({ tx }));
  const match = buildRuleMatcher(config.rules);
  const halfLife = new Map(config.rules.map((r) => [r.id, r.halfLifeDays]));

  await tx.personSignal.deleteMany({});
  await tx.person.updateMany({ where: { mergedIntoId: null }, data: { score: 0, temperature: "COLD", scoreAt: now } });

  let pending: { personId: string; signals: Map<string, Signal> }[] = [];
  let current = null as { personId: string; signals: Map<string, Signal> } | null;
  let people = 0;
  let events = 0;

  const flush = async () => {
    const signalRows = pending.flatMap((p) => [...p.signals].map(([ruleId, signal]) => ({ personId: p.personId, ruleId, signal })));
    await upsertSignals(tx, signalRows);
    await writeScores(
      tx,
      pending.map((p) => {
        const score = scoreAt([...p.signals].map(([ruleId, signal]) => ({ signal, halfLifeDays: halfLife.get(ruleId)! })), nowMs);
        return { personId: p.personId, score, temperature: temperatureOf(score, config.thresholds) };
      }),
      now,
    );
    people += pending.length;
    pending = [];
  };

  let cursor: string | undefined;
  for (;;) {
    const page = await tx.event.findMany({
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: [{ personId: "asc" }, { occurredAt: "asc" }, { id: "asc" }],
      select: { id: true, personId: true, type: true, channel: true, occurredAt: true },
    });
    for (const event of page) {
      if (current?.personId !== event.personId) {
        current = { personId: event.personId, signals: new Map() };
        pending.push(current);
      }
      const rule = match(event.type, event.channel);
      if (!rule) continue;
      events += 1;
      const t = Math.min(event.occurredAt.getTime(), nowMs);
      current.signals.set(rule.id, addEvent(current.signals.get(rule.id) ?? null, rule.points, t, rule.halfLifeDays));
    }
    // Flush whole people only: the last one may continue on the next page.
    if (pending.length > 1000 || page.length < PAGE) {
      const keep = page.length < PAGE ? null : pending.pop()!;
      await flush();
      if (keep) pending.push(keep);
    }
    if (page.length < PAGE) break;
    cursor = page[page.length - 1].id;
  }
  return { people, events };
}
