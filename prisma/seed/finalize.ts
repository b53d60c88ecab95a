// Derived fields, computed once everything else exists: each deal's and person's last touch,
// and each person's scoring signals, score and temperature, with the app's own scoring
// functions (lib/scoring), exactly as ingesting these events one by one would leave them.
import { buildRuleMatcher } from "../../lib/scoring/rule-index";
import { addEvent, scoreAt, temperatureOf, type Signal, type Temperature } from "../../lib/scoring/score-math";
import { maxDate } from "./random";
import { THRESHOLDS } from "./settings";
import type { EventRow, PersonSignalRow, SeedData } from "./types";

function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export function finalizeTouches(data: SeedData, now: Date): void {
  const eventsByPerson = groupBy(data.events, (e) => e.personId);
  const transitionsByDeal = groupBy(data.transitions, (t) => t.dealId);
  const notesByDeal = groupBy(data.notes, (n) => n.dealId);
  const tasksByDeal = groupBy(data.tasks, (t) => t.dealId);

  for (const deal of data.deals) {
    const from = deal.createdAt.getTime();
    const to = (deal.closedAt ?? now).getTime();
    const events = (deal.personId ? eventsByPerson.get(deal.personId) ?? [] : []).filter(
      (e) => e.occurredAt.getTime() >= from && e.occurredAt.getTime() <= to,
    );
    deal.lastTouchAt = maxDate(
      ...(transitionsByDeal.get(deal.id) ?? []).map((t) => t.at),
      ...(notesByDeal.get(deal.id) ?? []).map((n) => n.createdAt),
      ...(tasksByDeal.get(deal.id) ?? []).map((t) => t.doneAt),
      ...events.map((e) => e.occurredAt),
    );
    deal.updatedAt = maxDate(deal.lastTouchAt, deal.stageEnteredAt, deal.closedAt);
  }

  const dealsByPerson = groupBy(data.deals, (d) => d.personId);
  const notesByPerson = groupBy(data.notes, (n) => n.personId);
  for (const person of data.people) {
    const events = eventsByPerson.get(person.id) ?? [];
    const first = Math.min(person.createdAt.getTime(), ...events.map((e) => e.occurredAt.getTime()));
    person.createdAt = new Date(first);
    const last = maxDate(
      ...events.map((e) => e.occurredAt),
      ...(dealsByPerson.get(person.id) ?? []).map((d) => d.lastTouchAt),
      ...(notesByPerson.get(person.id) ?? []).map((n) => n.createdAt),
    );
    person.lastTouchAt = last.getTime() > 0 ? last : null;
    const { score, temperature, signals } = scoreOf(data, person.id, events, now);
    data.personSignals.push(...signals);
    person.score = score;
    person.scoreAt = now;
    person.temperature = temperature;
    person.updatedAt = maxDate(person.createdAt, person.lastTouchAt);
  }
}

/** The person's per-rule signals after all their events (in time order), and the score now. */
export function scoreOf(data: SeedData, personId: string, events: EventRow[], now: Date): { score: number; temperature: Temperature; signals: PersonSignalRow[] } {
  const rules = data.scoringRules.filter((r) => r.active !== false).map((r) => ({ id: r.id!, eventType: r.eventType, channel: r.channel ?? null, points: r.points, halfLifeDays: r.halfLifeDays ?? 14 }));
  const match = buildRuleMatcher(rules);
  const signals = new Map<string, Signal>();
  for (const e of [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const rule = match(e.type, e.channel);
    if (rule) signals.set(rule.id, addEvent(signals.get(rule.id) ?? null, rule.points, Math.min(e.occurredAt.getTime(), now.getTime()), rule.halfLifeDays));
  }
  const halfLife = new Map(rules.map((r) => [r.id, r.halfLifeDays]));
  const score = scoreAt([...signals].map(([ruleId, signal]) => ({ signal, halfLifeDays: halfLife.get(ruleId)! })), now.getTime());
  return {
    score,
    temperature: temperatureOf(score, THRESHOLDS),
    signals: [...signals].map(([ruleId, s]) => ({ personId, ruleId, value: s.value, at: new Date(s.at), events: s.events })),
  };
}
