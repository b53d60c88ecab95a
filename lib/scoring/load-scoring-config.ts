import "server-only";
import type { Tx } from "@/lib/db-client";
import { rawParams } from "@/lib/db-dialect";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./score-math";
import type { ScoringConfig, ScoringRuleLike } from "./rule-index";

export const THRESHOLDS_KEY = "scoring.thresholds";

/** Thresholds from their Setting row; missing or unreadable → the defaults (warm 25, hot 60). */
export function parseThresholds(json: string | null | undefined): Thresholds {
  try {
    const value = JSON.parse(json ?? "null") as Partial<Thresholds> | null;
    const warm = Number(value?.warm);
    const hot = Number(value?.hot);
    if (Number.isFinite(warm) && Number.isFinite(hot) && hot >= warm) return { warm, hot };
  } catch {
    // fall through to the defaults
  }
  return DEFAULT_THRESHOLDS;
}

interface ConfigRow {
  id: string | null;
  eventType: string | null;
  channel: string | null;
  points: number | string | null;
  halfLifeDays: number | string | null;
  thresholds: string | null;
}

/**
 * The active scoring rules and the temperature thresholds, read inside the caller's transaction
 * in one query (it runs for every ingest batch). Internal: callers check their own permission.
 */
export async function loadScoringConfig(options: { tx: Tx }): Promise<ScoringConfig<ScoringRuleLike>> {
  const params = rawParams();
  const rows = await options.tx.$queryRawUnsafe<ConfigRow[]>(
    `SELECT "id", "eventType", "channel", "points", "halfLifeDays", NULL AS "thresholds" FROM "ScoringRule" WHERE "active" = true ` +
      `UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, "value" FROM "Setting" WHERE "key" = ${params.add(THRESHOLDS_KEY)}`,
    ...params.values,
  );
  const rules: ScoringRuleLike[] = rows
    .filter((r) => r.id !== null)
    .map((r) => ({ id: r.id!, eventType: r.eventType!, channel: r.channel, points: Number(r.points), halfLifeDays: Number(r.halfLifeDays) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rules, thresholds: parseThresholds(rows.find((r) => r.id === null)?.thresholds) };
}
