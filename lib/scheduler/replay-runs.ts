// What replaying one rule over a window of the past would enqueue: the facts the live scan would
// have fired on had the rule been on since `from` (same matching, same dedupe keys), with three
// differences that keep a replay from flooding anyone:
// - at most one run per subject (deal, or person for event and hot rules): its latest fact;
// - a deal move counts only while it still holds (the deal is still open in that stage, or still
//   lost with that reason): a task about a deal that has moved on helps nobody;
// - facts that already have a run are left out, so a replay run twice, or after the live scan,
//   adds nothing, and the preview counts exactly what the replay then writes.
import type { Db } from "@/lib/db-client";
import { existingKeys, type NewRun } from "./enqueue-runs";
import type { Rule } from "./load-rules";
import { PAGE, type StreamPosition } from "./scan-stream";
import { eventRuns, readEvents } from "./scan-events";
import { hotRuns, idleRuns } from "./scan-states";
import { readTransitions, transitionRuns } from "./scan-transitions";

/** A replay writes at most this many runs; a longer window is refused (choose a shorter one). */
export const MAX_REPLAY_RUNS = 1000;
/** And reads at most this many pages of facts (PAGE each), about at most this many subjects. */
const MAX_SUBJECTS = 5 * MAX_REPLAY_RUNS;
const MAX_PAGES = 200;

export interface ReplayPlan {
  runs: NewRun[];
  /** False when the window holds more than a replay may take (runs or facts): nothing is written. */
  complete: boolean;
}

export async function planReplay(db: Db, rule: Rule, window: { from: Date; now: Date }): Promise<ReplayPlan> {
  const { from, now } = window;
  const trigger = rule.trigger;
  // The rule as if it had been on since `from`: each scan's own activeSince check then applies.
  const asOf = { ...rule, activeSince: from };
  if (trigger.kind === "idle") {
    const runs: NewRun[] = [];
    let complete = true;
    await idleRuns(db, { ...asOf, trigger }, {
      now,
      maxPages: MAX_PAGES,
      sink: async (page) => {
        runs.push(...page);
        complete = runs.length <= MAX_REPLAY_RUNS;
        return complete;
      },
    });
    return { runs, complete };
  }
  if (trigger.kind === "became_hot") {
    const runs = await hotRuns(db, { ...asOf, trigger }, { now, limit: MAX_PAGES * 25 });
    return { runs, complete: runs.length <= MAX_REPLAY_RUNS };
  }
  // Stream facts, oldest first: a later fact of the same subject replaces an earlier one.
  const latest = new Map<string, NewRun>();
  const eventRule = trigger.kind === "event" ? { ...asOf, trigger } : null;
  const moveRule = trigger.kind === "stage_entered" || trigger.kind === "deal_lost" ? { ...asOf, trigger } : null;
  let cursor: StreamPosition | null = null;
  let complete = false;
  for (let page = 0; page < MAX_PAGES; page++) {
    let runs: NewRun[];
    let size: number;
    if (eventRule) {
      const rows = await readEvents(db, { types: [eventRule.trigger.eventType], since: from, now, cursor });
      runs = await eventRuns(db, [eventRule], rows, now);
      size = rows.length;
      if (size) cursor = { at: rows[size - 1].receivedAt, id: rows[size - 1].id };
    } else {
      const t = moveRule!.trigger;
      const rows = await readTransitions(db, t.kind === "stage_entered" ? { since: from, now, cursor, toStageId: t.stageId, toStatus: "OPEN" } : { since: from, now, cursor, toStatus: "LOST" });
      runs = await transitionRuns(db, [moveRule!], rows, now);
      size = rows.length;
      if (size) cursor = { at: rows[size - 1].at, id: rows[size - 1].id };
    }
    for (const run of runs) latest.set((eventRule ? run.personId : run.dealId) ?? run.dedupeKey, run);
    // Subjects whose latest fact already ran count here too (they are left out below).
    if (latest.size > MAX_SUBJECTS) break;
    if (size < PAGE) {
      complete = true;
      break;
    }
  }
  let runs = [...latest.values()];
  if (moveRule) runs = await stillHolding(db, moveRule.trigger, runs);
  const seen = await existingKeys(db, runs.map((r) => r.dedupeKey));
  runs = runs.filter((r) => !seen.has(r.dedupeKey));
  return { runs, complete: complete && runs.length <= MAX_REPLAY_RUNS };
}

/** The runs whose deal is still where the fact put it: open in the stage, or lost (for that reason). */
async function stillHolding(db: Db, trigger: Extract<Rule["trigger"], { kind: "stage_entered" | "deal_lost" }>, runs: NewRun[]): Promise<NewRun[]> {
  const kept: NewRun[] = [];
  for (let start = 0; start < runs.length; start += 500) {
    const chunk = runs.slice(start, start + 500);
    const deals = await db.deal.findMany({
      where: { id: { in: chunk.map((r) => r.dealId!) } },
      select: { id: true, status: true, stageId: true, lossReasonId: true },
    });
    const byId = new Map(deals.map((d) => [d.id, d]));
    for (const run of chunk) {
      const deal = byId.get(run.dealId!);
      if (!deal) continue;
      const holds =
        trigger.kind === "stage_entered"
          ? deal.status === "OPEN" && deal.stageId === trigger.stageId
          : deal.status === "LOST" && (!trigger.lossReasonId || deal.lossReasonId === trigger.lossReasonId);
      if (holds) kept.push(run);
    }
  }
  return kept;
}
