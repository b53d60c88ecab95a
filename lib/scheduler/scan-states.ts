// State-based triggers, re-checked on every tick (no watermark: a deal can become idle, or a
// person hot, without any new row to read):
// - "idle N days in stage X": open deals in X whose last real touch (Deal.lastTouchAt) is N days
//   old; dedupe on rule + deal + lastTouchAt, so a deal touched and idle again fires again.
// - "became hot": HOT people with activity since the rule exists and no run of this rule yet.
import type { Db } from "@/lib/db-client";
import { dedupeKeys, meetsConditions } from "@/lib/automations/match-trigger";
import { enqueueRuns, existingKeys, newRun, type NewRun } from "./enqueue-runs";
import { loadSubjects } from "./load-subjects";
import { rulesOf, type Rule } from "./load-rules";

const PAGE = 500;
const MAX_PAGES = 10;
const DAY = 86_400_000;

export async function scanIdle(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  let enqueued = 0;
  for (const rule of rulesOf(rules, "idle")) {
    const cutoff = new Date(now.getTime() - rule.trigger.days * DAY);
    let cursor: { lastTouchAt: Date; id: string } | null = null;
    // Newest first: deals that just crossed the line come before the ones already handled.
    for (let page = 0; page < MAX_PAGES; page++) {
      const deals: { id: string; lastTouchAt: Date }[] = await db.deal.findMany({
        where: {
          stageId: rule.trigger.stageId,
          status: "OPEN",
          lastTouchAt: { lte: cutoff },
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
      if (fresh.length > 0) {
        const subjects = await loadSubjects(db, { dealIds: fresh.map((d) => d.id) });
        const runs: NewRun[] = [];
        for (const d of fresh) {
          const deal = subjects.deal(d.id);
          if (!deal || !meetsConditions(rule.trigger.conditions, subjects.facts(deal, null))) continue;
          runs.push(newRun(rule, now, dedupeKeys.idle(rule.id, d.id, d.lastTouchAt), deal.id, deal.personId));
        }
        enqueued += await enqueueRuns(db, runs);
      }
      const last = deals[deals.length - 1];
      cursor = { lastTouchAt: last.lastTouchAt, id: last.id };
      if (deals.length < PAGE) break;
    }
  }
  return enqueued;
}

export async function scanHot(db: Db, rules: readonly Rule[], now: Date): Promise<number> {
  let enqueued = 0;
  for (const rule of rulesOf(rules, "became_hot")) {
    const people = await db.person.findMany({
      where: { temperature: "HOT", mergedIntoId: null, lastTouchAt: { gte: rule.createdAt } },
      orderBy: [{ lastTouchAt: "desc" }, { id: "asc" }],
      take: PAGE * MAX_PAGES,
      select: { id: true },
    });
    const keys = people.map((p) => dedupeKeys.hot(rule.id, p.id));
    const seen = await existingKeys(db, keys);
    const fresh = people.filter((_, i) => !seen.has(keys[i]));
    if (fresh.length === 0) continue;
    const subjects = await loadSubjects(db, { personIds: fresh.map((p) => p.id) });
    const runs: NewRun[] = [];
    for (const p of fresh) {
      const deal = subjects.currentDeal(p.id);
      if (!meetsConditions(rule.trigger.conditions, subjects.facts(deal, p.id))) continue;
      runs.push(newRun(rule, now, dedupeKeys.hot(rule.id, p.id), deal?.id ?? null, p.id));
    }
    enqueued += await enqueueRuns(db, runs);
  }
  return enqueued;
}
