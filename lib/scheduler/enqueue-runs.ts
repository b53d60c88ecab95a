// New runs, written with INSERT … ON CONFLICT ("dedupeKey") DO NOTHING (SQLite and PostgreSQL
// both accept it): a fact seen twice, by one scheduler or by two at once, makes one run.
import type { Tx } from "@/lib/db-client";
import { rawParams } from "@/lib/db-dialect";
import { newIds } from "@/lib/events/new-id";
import { stepDueAt } from "@/lib/automations/chain";
import type { Rule } from "./load-rules";

export interface NewRun {
  automationId: string;
  dealId: string | null;
  personId: string | null;
  dedupeKey: string;
  dueAt: Date;
  createdAt: Date;
}

/** A run of `rule` about a fact (its dedupe key), its first step due as the rule says. */
export function newRun(rule: Rule, now: Date, dedupeKey: string, dealId: string | null, personId: string | null): NewRun {
  return { automationId: rule.id, dealId, personId, dedupeKey, dueAt: stepDueAt(rule.actions, 0, now), createdAt: now };
}

const CHUNK = 200;

/** Inserts the runs that are not there yet; returns how many were new. */
export async function enqueueRuns(db: Tx, runs: readonly NewRun[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < runs.length; start += CHUNK) {
    const chunk = runs.slice(start, start + CHUNK);
    const ids = newIds(chunk.length);
    const params = rawParams();
    const rows = chunk.map((run, i) =>
      [ids[i], run.automationId, run.dealId, run.personId, 0, "PENDING", run.dueAt, run.dedupeKey, run.createdAt].map((v) => params.add(v)).join(", "),
    );
    inserted += await db.$executeRawUnsafe(
      `INSERT INTO "AutomationRun" ("id", "automationId", "dealId", "personId", "step", "status", "dueAt", "dedupeKey", "createdAt") ` +
        `VALUES (${rows.join("), (")}) ON CONFLICT ("dedupeKey") DO NOTHING`,
      ...params.values,
    );
  }
  return inserted;
}

/** The keys among `keys` that already have a run (so scans of state-based triggers skip them). */
export async function existingKeys(db: Tx, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < keys.length; start += 500) {
    const rows = await db.automationRun.findMany({ where: { dedupeKey: { in: keys.slice(start, start + 500) } }, select: { dedupeKey: true } });
    for (const row of rows) found.add(row.dedupeKey);
  }
  return found;
}
