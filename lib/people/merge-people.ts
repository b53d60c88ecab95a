import "server-only";
// Two or more profiles found to be one person become one: the oldest profile stays, everything
// of the others moves to it (identities, events, deals, notes, tasks, automation runs), their
// scoring signals are combined (decayed to a common time and added), and the others keep a
// pointer (mergedIntoId) for old links. One AuditLog entry "person.merge" records it.
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-client";
import { lockWriters } from "@/lib/db-dialect";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { isPlaceholderName } from "@/lib/events/person-name";
import { loadScoringConfig } from "@/lib/scoring/load-scoring-config";
import type { ScoringConfig } from "@/lib/scoring/rule-index";
import { combineSignals, scoreAt, temperatureOf, type Signal } from "@/lib/scoring/score-math";
import { upsertSignals } from "@/lib/scoring/score-people";
import { SELF_MERGE_MESSAGE } from "@/lib/validation/people";
import { carrySuggestionsInTransaction } from "./suggest-merges";

/** Ingest and merges take this lock, so two instances never resolve the same identities at once. */
export const IDENTITY_LOCK = "voronka.identities";

/** Which profile stays: the oldest (ties by id). The merge dialog's preview orders by it too. */
export const KEPT_FIRST = [{ createdAt: "asc" as const }, { id: "asc" as const }];

export const alreadyMergedMessage = (name: string) => `${name} was already merged into another profile: open that profile instead.`;

export interface MergeResult {
  keptId: string;
  mergedIds: string[];
}

/** Within a transaction the caller also learns the kept person's combined signals (by rule id). */
export interface MergeInTransactionResult extends MergeResult {
  signals: Map<string, Signal>;
}

export interface MergeInTransactionOptions {
  tx: Tx;
  personIds: string[];
  /** Who merged (null: the system, e.g. event ingest). */
  actorId: string | null;
  /** Why, kept in the audit entry: e.g. { reason: "shared identity", identities: [...] }. */
  details: Record<string, unknown>;
  now: Date;
  config?: ScoringConfig;
}

/** The merge itself, inside the caller's transaction (which holds IDENTITY_LOCK). */
export async function mergePeopleInTransaction(options: MergeInTransactionOptions): Promise<MergeInTransactionResult> {
  const { tx, now } = options;
  const ids = [...new Set(options.personIds)];
  const people = await tx.person.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, company: true, ownerId: true, createdAt: true, firstTouchChannel: true, lastTouchAt: true, mergedIntoId: true },
    orderBy: KEPT_FIRST,
  });
  if (people.length !== ids.length) throw new AppError("NOT_FOUND", "One of these people no longer exists.");
  const gone = people.find((p) => p.mergedIntoId !== null);
  if (gone) throw new AppError("CONFLICT", alreadyMergedMessage(gone.name));
  const [kept, ...others] = people;
  if (others.length === 0) return { keptId: kept.id, mergedIds: [], signals: new Map() };
  const mergedIds = others.map((p) => p.id);
  const from = { personId: { in: mergedIds } };
  const to = { personId: kept.id };

  const moved = {
    identities: (await tx.identity.updateMany({ where: from, data: to })).count,
    events: (await tx.event.updateMany({ where: from, data: to })).count,
    deals: (await tx.deal.updateMany({ where: from, data: to })).count,
    notes: (await tx.note.updateMany({ where: from, data: to })).count,
    tasks: (await tx.task.updateMany({ where: from, data: to })).count,
  };
  await tx.automationRun.updateMany({ where: from, data: to });
  await tx.person.updateMany({ where: { mergedIntoId: { in: mergedIds } }, data: { mergedIntoId: kept.id } });
  await carrySuggestionsInTransaction({ tx, keptId: kept.id, mergedIds, actorId: options.actorId, now });

  const config = options.config ?? (await loadScoringConfig({ tx }));
  const signals = await combinedSignals(tx, kept.id, mergedIds);
  const active = new Map(config.rules.map((r) => [r.id, r.halfLifeDays]));
  const score = scoreAt(
    [...signals.values()].filter((s) => active.has(s.ruleId)).map((s) => ({ signal: s.signal, halfLifeDays: active.get(s.ruleId)! })),
    now.getTime(),
  );

  const named = isPlaceholderName(kept.name) ? others.find((p) => !isPlaceholderName(p.name))?.name : undefined;
  const lastTouch = Math.max(...people.map((p) => p.lastTouchAt?.getTime() ?? 0));
  await tx.person.update({
    where: { id: kept.id },
    data: {
      name: named ?? kept.name,
      company: kept.company ?? others.find((p) => p.company)?.company ?? null,
      ownerId: kept.ownerId ?? others.find((p) => p.ownerId)?.ownerId ?? null,
      firstTouchChannel: kept.firstTouchChannel ?? others.find((p) => p.firstTouchChannel)?.firstTouchChannel ?? null,
      lastTouchAt: lastTouch > 0 ? new Date(lastTouch) : null,
      score,
      scoreAt: now,
      temperature: temperatureOf(score, config.thresholds),
    },
  });
  await tx.person.updateMany({
    where: { id: { in: mergedIds } },
    data: { mergedIntoId: kept.id, score: 0, scoreAt: now, temperature: "COLD" },
  });
  await tx.auditLog.create({
    data: {
      actorId: options.actorId,
      action: "person.merge",
      entity: "Person",
      entityId: kept.id,
      data: JSON.stringify({ merged: others.map((p) => ({ id: p.id, name: p.name })), moved, ...options.details }),
      createdAt: now,
    },
  });
  return { keptId: kept.id, mergedIds, signals: new Map([...signals].map(([ruleId, s]) => [ruleId, s.signal])) };
}

/** Moves the others' signals onto the kept person, rule by rule, and returns the kept person's. */
async function combinedSignals(tx: Tx, keptId: string, mergedIds: string[]) {
  const rows = await tx.personSignal.findMany({
    where: { personId: { in: [keptId, ...mergedIds] } },
    select: { personId: true, ruleId: true, value: true, at: true, events: true, rule: { select: { halfLifeDays: true } } },
  });
  const byRule = new Map<string, { ruleId: string; signal: Signal }>();
  for (const row of rows) {
    const signal: Signal = { value: row.value, at: row.at.getTime(), events: row.events };
    const seen = byRule.get(row.ruleId);
    byRule.set(row.ruleId, { ruleId: row.ruleId, signal: seen ? combineSignals(seen.signal, signal, row.rule.halfLifeDays) : signal });
  }
  if (rows.some((r) => r.personId !== keptId)) {
    await tx.personSignal.deleteMany({ where: { personId: { in: mergedIds } } });
    await upsertSignals(tx, [...byRule.values()].map((s) => ({ personId: keptId, ...s })));
  }
  return byRule;
}

/**
 * A manual merge (person.merge: heads and admins): the profiles given become one, the oldest
 * staying. Takes the identity lock, so it never races an ingest batch resolving the same people.
 */
export async function mergePeople(options: { actor: Actor; personIds: string[]; now?: Date }): Promise<MergeResult> {
  assertCan(options.actor, "person.merge");
  const ids = [...new Set(options.personIds)];
  if (ids.length < 2) throw new AppError("VALIDATION", options.personIds.length >= 2 ? SELF_MERGE_MESSAGE : "Choose at least two people to merge.");
  if (ids.length > 20) throw new AppError("VALIDATION", "Merge at most 20 people at once.");
  return db.$transaction(async (tx) => {
    await lockWriters(tx, IDENTITY_LOCK);
    const merged = await mergePeopleInTransaction({ tx, personIds: ids, actorId: options.actor.id, details: { reason: "manual" }, now: options.now ?? new Date() });
    return { keptId: merged.keptId, mergedIds: merged.mergedIds };
  });
}
