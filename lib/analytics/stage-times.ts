// Pure assembly of the time-in-stage report: per stage, the median and p90 of the latest visit
// and of the cumulative time, the deals over the stage's norm now, and the bottleneck.
export interface StageTimeStats {
  n: number;
  p50: number | null;
  p90: number | null;
  mean: number | null;
}

export interface StageTimeRow {
  stageId: string;
  name: string;
  rottingDays: number | null;
  /** Each deal's latest finished visit that began in the period. */
  latest: StageTimeStats;
  /** Each deal's finished visits that began in the period, added up. */
  cumulative: StageTimeStats;
  /** Open deals in the stage now, and those in it for longer than its norm (rotting days). */
  openNow: number;
  overNorm: number;
  bottleneck: boolean;
}

const EMPTY: StageTimeStats = { n: 0, p50: null, p90: null, mean: null };

/**
 * The bottleneck is the stage where deals wait longest: the highest median of the latest visit
 * (ties: the higher p90). None when no stage has a finished visit.
 */
export function findBottleneck(rows: Pick<StageTimeRow, "stageId" | "latest">[]): string | null {
  let best: Pick<StageTimeRow, "stageId" | "latest"> | null = null;
  for (const row of rows) {
    if (row.latest.p50 === null) continue;
    if (!best || row.latest.p50 > best.latest.p50! || (row.latest.p50 === best.latest.p50 && (row.latest.p90 ?? 0) > (best.latest.p90 ?? 0))) best = row;
  }
  return best?.stageId ?? null;
}

export function buildStageTimes(
  stages: { id: string; name: string; rottingDays: number | null }[],
  stats: Map<string, { latest?: StageTimeStats; cumulative?: StageTimeStats }>,
  now: Map<string, { openNow: number; overNorm: number }>,
): StageTimeRow[] {
  const rows = stages.map((s) => ({
    stageId: s.id,
    name: s.name,
    rottingDays: s.rottingDays,
    latest: stats.get(s.id)?.latest ?? EMPTY,
    cumulative: stats.get(s.id)?.cumulative ?? EMPTY,
    openNow: now.get(s.id)?.openNow ?? 0,
    overNorm: now.get(s.id)?.overNorm ?? 0,
    bottleneck: false,
  }));
  const bottleneck = findBottleneck(rows);
  return rows.map((r) => ({ ...r, bottleneck: r.stageId === bottleneck }));
}
