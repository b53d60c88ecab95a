import "server-only";
// The incremental half of scoring, run inside an ingest transaction: feeds new events into the
// people's per-rule signals (read by the caller with the rest of the batch's state) and returns
// each person's score and temperature now. Writes only the signals that changed; never reads events.
import type { Tx } from "@/lib/db-client";
import { insertRows } from "@/lib/events/bulk-sql";
import { buildRuleMatcher, type ScoringConfig, type ScoringRuleLike } from "./rule-index";
import { addEvent, scoreAt, temperatureOf, type Signal, type Temperature } from "./score-math";

export interface ScoredEvent {
  personId: string;
  type: string;
  channel: string | null;
  occurredAt: Date;
}

export interface PersonScore {
  score: number;
  temperature: Temperature;
}

const SIGNAL_COLUMNS = [
  ["personId", "text"],
  ["ruleId", "text"],
  ["value", "float"],
  ["at", "timestamp"],
  ["events", "int"],
] as const;

/** Writes signals (insert or replace by person and rule). */
export async function upsertSignals(tx: Tx, rows: { personId: string; ruleId: string; signal: Signal }[]): Promise<void> {
  if (rows.length === 0) return;
  await insertRows(tx, {
    table: "PersonSignal",
    columns: SIGNAL_COLUMNS,
    rows: rows.map((r) => [r.personId, r.ruleId, r.signal.value, new Date(r.signal.at), r.signal.events]),
    onConflict: `ON CONFLICT ("personId", "ruleId") DO UPDATE SET "value" = excluded."value", "at" = excluded."at", "events" = excluded."events"`,
  });
}

/**
 * Adds `events` to the signals of `personIds` (every person whose score should be refreshed;
 * events of other people are ignored) and returns their scores at `now`. `known` holds the
 * people's stored signals, read by the caller (people missing from it have none yet); it is
 * updated in place. Events later than `now` (a client clock ahead) count as happening now.
 */
export async function scorePeople(options: {
  tx: Tx;
  config: ScoringConfig<ScoringRuleLike>;
  known: Map<string, Map<string, Signal>>;
  personIds: string[];
  events: ScoredEvent[];
  now: Date;
}): Promise<Map<string, PersonScore>> {
  const { tx, config, personIds, now } = options;
  const nowMs = now.getTime();
  const rules = new Map(config.rules.map((r) => [r.id, r]));
  const signals = new Map<string, Map<string, Signal>>(personIds.map((id) => [id, options.known.get(id) ?? new Map()]));

  const match = buildRuleMatcher(config.rules);
  const changed = new Map<string, { personId: string; ruleId: string; signal: Signal }>();
  const ordered = [...options.events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const event of ordered) {
    const mine = signals.get(event.personId);
    const rule = mine ? match(event.type, event.channel) : null;
    if (!mine || !rule) continue;
    const signal = addEvent(mine.get(rule.id) ?? null, rule.points, Math.min(event.occurredAt.getTime(), nowMs), rule.halfLifeDays);
    mine.set(rule.id, signal);
    changed.set(`${event.personId}\u0000${rule.id}`, { personId: event.personId, ruleId: rule.id, signal });
  }
  await upsertSignals(tx, [...changed.values()]);

  const scores = new Map<string, PersonScore>();
  for (const [personId, mine] of signals) {
    const active = [...mine].flatMap(([ruleId, signal]) => {
      const rule = rules.get(ruleId);
      return rule ? [{ signal, halfLifeDays: rule.halfLifeDays }] : [];
    });
    const score = scoreAt(active, nowMs);
    scores.set(personId, { score, temperature: temperatureOf(score, config.thresholds) });
  }
  return scores;
}
