// Derived fields, computed once everything else exists: each deal's and person's last touch,
// and each person's decayed score and temperature (the same rules the app scores with).
import { DAY, maxDate } from "./random";
import { HALF_LIFE_DAYS, SCORING_POINTS, THRESHOLDS } from "./settings";
import type { EventRow, SeedData } from "./types";

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
    const { score, temperature } = scoreOf(events, now);
    person.score = score;
    person.scoreAt = now;
    person.temperature = temperature;
    person.updatedAt = maxDate(person.createdAt, person.lastTouchAt);
  }
}

/** Sum of rule points, each halved every HALF_LIFE_DAYS since the event; rounded to 0.1. */
export function scoreOf(events: EventRow[], now: Date): { score: number; temperature: "COLD" | "WARM" | "HOT" } {
  let score = 0;
  for (const e of events) {
    const points = SCORING_POINTS[e.type] ?? 0;
    const ageDays = Math.max(0, (now.getTime() - e.occurredAt.getTime()) / DAY);
    score += points * Math.pow(0.5, ageDays / HALF_LIFE_DAYS);
  }
  score = Math.round(score * 10) / 10;
  const temperature = score >= THRESHOLDS.hot ? "HOT" : score >= THRESHOLDS.warm ? "WARM" : "COLD";
  return { score, temperature };
}
