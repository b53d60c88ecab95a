// State-based triggers, re-checked on every tick (no watermark: a deal can become idle, or a
// person hot, without any new row to read). Each fires only for facts whose moment is at or
// after the rule's activeSince, so switching a rule on does not flood it with the past:
// - "idle N days in stage X": open deals in X whose last real touch (Deal.lastTouchAt) is N days
//   old; the moment is when the deal crossed the line (lastTouchAt + N days). Dedupe on rule +
//   deal + lastTouchAt, so a deal touched and idle again fires again.
// - "became hot": HOT people; the moment is their last activity (Person.lastTouchAt), so people
//   already hot fire only when they act again; once per person and rule.
import type { Db } from "@/lib/db-client";
import { dedupeKeys, meetsConditions } from "@/lib/automations/match-trigger";
import { enqueueRuns, existingKeys, newRun, type NewRun } from "./enqueue-runs";
import { loadSubjects } from "./load-subjects";
import { rulesOf, type Rule } from "./load-rules";

const PAGE = 500;
const MAX_PAGES = 10;
const DAY = 86_400_000;

type IdleRule = Rule<Extract<Rule["trigger"], { kind: "idle" }>>;
type HotRule = Rule<Extract<Rule["trigger"], { kind: "became_hot" }>>;

/**
 * The runs not made yet for deals that crossed the rule's idle line in [activeSince, now], a page at a
 * time (newest first: deals that just crossed come before the ones already handled), each page
 * handed to `sink`; stops after `maxPages` or when `sink` returns false.
 */
export async function idleRuns(
  db: Db,
  rule: IdleRule,
  options: { now: Date; maxPages: number; sink: (runs: NewRun[]) => Promise<boolean> },
): Promise<void> {
  const span = rule.trigger.days * DAY;
  const cutoff = new Date(options.now.getTime() - span);
  const earliest = new Date(rule.activeSince.getTime() - span);
  let cursor: { lastTouchAt: Date; id: string } | null = null;
  for (let page = 0; page < options.maxPages; page++) {
    const deals: { id: string; lastTouchAt: Date }[] = await db.deal.findMany({
      where: {
        stageId: rule.trigger.stageId,
        status: "OPEN",
        lastTouchAt: { lte: cutoff, gte: earliest },
        ...(cursor ? { OR: [{ lastTouchAt: { lt: cursor.lastTouchAt } }, { lastTouchAt: cursor.lastTouchAt, id: { gt: cursor.id } }] } : {}),
      },
      orderBy: [{ lastTouchAt: "desc" }, { id: "asc" }],
      take: PAGE,
      select: { id: true, lastTouchAt: true },
    });
    if (deals.length === 0) break;
    const keys = deals.map((d) => dedupeKeys.idle(rule.id, d.id, d.lastTouchAt));
    const seen = await existingKeys(db, keys);
    const fresh = deals.filter((_, i) => !seen.has(keys[i]));
    const runs: NewRun[] = [];
    if (fresh.length > 0) {
      const subjects = await loadSubjects(db, { dealIds: fresh.map((d) => d.id) });
      for (const d of fresh) {
        const deal = subjects.deal(d.id);
        if (!deal || !meetsConditions(rule.trigger.conditions, subjects.facts(deal, null))) continue;
        runs.push(newRun(rule, options.now, dedupeKeys.idle(rule.id, d.id, d.lastTouchAt), deal.id, deal.personId));
      }
    }
    if (!(await options.sink(runs))) break;
    const last = deals[deals.length - 1];
    cursor = { lastTouchAt: last.lastTouchAt, id: last.id };
    if (deals.length < PAGE) break;
  }
}

/** The runs not made yet for people who are HOT with activity in [activeSince, now] (newest first, at most `limit`). */
export async function hotRuns(db: Db, rule: HotRule, options: { now: Date; limit: number }): Promise<NewRun[]> {
  const people = await db.person.findMany({
    where: { temperature: "HOT", mergedIntoId: null, lastTouchAt: { gte: rule.activeSince, lte: options.now } },
    orderBy: [{ lastTouchAt: "desc" }, { id: "asc" }],
    take: options.limit,
    select: { id: true },
  });
  const keys = people.map((p) => dedupeKeys.hot(rule.id, p.id));
  const seen = await existingKeys(db, keys);
  const fresh = people.filter((_, i) => !seen.has(keys[i]));
  if (fresh.length === 0) return [];
  const subjects = await loadSubjects(db, { personIds: fresh.map((p) => p.id) });
  const runs: NewRun[] = [];
  for (const p of fresh) {
    const deal = subjects.currentDeal(p.id);
    if (!meetsConditions(rule.trigger.conditions, subjects.facts(deal, p.id))) continue;
    runs.push(newRun(rule, options.now, dedupeKeys.hot(rule.id, p.id), deal?.id ?? null, p.id));
  }
  return runs;
}

export async function scanIdle(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  let enqueued = 0;
  for (const rule of rulesOf(rules, "idle")) {
    await idleRuns(db, rule, {
      now,
      maxPages: MAX_PAGES,
      sink: async (runs) => {
        enqueued += await enqueueRuns(db, runs);
        return true;
      },
    });
  }
  return enqueued;
}

export async function scanHot(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  let enqueued = 0;
  for (const rule of rulesOf(rules, "became_hot")) {
    enqueued += await enqueueRuns(db, await hotRuns(db, rule, { now, limit: PAGE * MAX_PAGES }));
  }
  return enqueued;
}
