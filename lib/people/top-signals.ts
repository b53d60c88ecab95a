// The "why" behind a person's score: their PersonSignal rows (one running value per scoring rule)
// decayed to now with each rule's half-life (lib/scoring's maths), largest first. Pure.
import { scoreAt, topSignals as rankSignals } from "@/lib/scoring/score-math";

export interface SignalRow {
  value: number;
  at: Date;
  events: number;
  rule: { id: string; eventType: string; channel: string | null; halfLifeDays: number };
}

export interface Signal {
  ruleId: string;
  eventType: string;
  channel: string | null;
  events: number;
  /** Points this rule contributes now, one decimal. */
  points: number;
  /** Its share of the score now, 0..1. */
  share: number;
}

const asScoring = (rows: readonly SignalRow[]) =>
  rows.map((row) => ({ row, signal: { value: row.value, at: row.at.getTime(), events: row.events }, halfLifeDays: row.rule.halfLifeDays }));

/** The `limit` strongest signals now; ones decayed below 0.05 points are left out. */
export function topSignals(rows: readonly SignalRow[], now: Date, limit = 4): Signal[] {
  return rankSignals(asScoring(rows), now.getTime(), limit).map(({ item, value, share }) => ({
    ruleId: item.row.rule.id,
    eventType: item.row.rule.eventType,
    channel: item.row.rule.channel,
    events: item.row.events,
    points: value,
    share,
  }));
}

/** The score now: the signals decayed to `now`; null when there are no signals to decay. */
export function scoreNow(rows: readonly SignalRow[], now: Date): number | null {
  return rows.length ? scoreAt(asScoring(rows), now.getTime()) : null;
}
