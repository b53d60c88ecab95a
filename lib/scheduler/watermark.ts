// How far a scan has read a stream of facts (transitions, events), kept in Setting so every
// instance continues where any of them stopped. Advanced with compare-and-set: the row changes
// only if it still holds the value this scan read, so a slower instance never moves it back.
import type { Db } from "@/lib/db-client";
import { isUniqueViolation } from "@/lib/db-dialect";

export interface Watermark {
  key: string;
  /** The stored text (the compare-and-set's expected value); null when not stored yet. */
  raw: string | null;
  at: Date | null;
  /** The last row read (with `at`): where a scan that stopped at its page limit continues. */
  id: string | null;
  /** True when the last scan stopped at its page limit with rows left. */
  partial: boolean;
}

export interface WatermarkPosition {
  at: Date;
  id: string;
  partial: boolean;
}

export async function readWatermark(db: Db, key: string): Promise<Watermark> {
  const row = await db.setting.findUnique({ where: { key }, select: { value: true } });
  if (!row) return { key, raw: null, at: null, id: null, partial: false };
  const stored = JSON.parse(row.value) as { at?: string; id?: string; partial?: boolean };
  const at = new Date(stored.at ?? NaN);
  if (Number.isNaN(at.getTime())) return { key, raw: row.value, at: null, id: null, partial: false };
  return { key, raw: row.value, at, id: stored.id ?? null, partial: stored.partial === true };
}

/**
 * Moves the watermark from what `mark` read to `to`; false when another instance moved it first
 * (harmless: that one read at least as far, and dedupe keys absorb any overlap).
 */
export async function advanceWatermark(db: Db, mark: Watermark, to: WatermarkPosition): Promise<boolean> {
  if (mark.at && to.at.getTime() < mark.at.getTime()) return false;
  const value = JSON.stringify({ at: to.at.toISOString(), id: to.id, ...(to.partial ? { partial: true } : {}) });
  if (value === mark.raw) return false;
  if (mark.raw === null) {
    try {
      await db.setting.create({ data: { key: mark.key, value } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
  const updated = await db.setting.updateMany({ where: { key: mark.key, value: mark.raw }, data: { value } });
  return updated.count === 1;
}

export const WATERMARKS = { transitions: "automations.watermark.transitions", events: "automations.watermark.events" } as const;

/**
 * Where a scan starts: right after the last row read when the previous scan stopped at its page
 * limit, otherwise OVERLAP_MS before the watermark; never before `floor` (the earliest activeSince
 * of the rules that read the stream: rows before it fire nothing, so they are not even read).
 */
export function scanStart(mark: Watermark, floor: Date): { since: Date; cursor: { at: Date; id: string } | null } {
  if (mark.partial && mark.at && mark.id && mark.at >= floor) return { since: mark.at, cursor: { at: mark.at, id: mark.id } };
  return { since: new Date(Math.max(floor.getTime(), (mark.at?.getTime() ?? 0) - OVERLAP_MS)), cursor: null };
}

/**
 * Each scan re-reads this much before the watermark: a row written by a transaction that began
 * earlier (or on an instance whose clock lags) but committed after the last scan is still seen.
 * Dedupe keys make the re-read harmless.
 */
export const OVERLAP_MS = 5 * 60_000;
