// Pure helpers of the "since the last touch" summary: what a person did, counted by event type.

export interface EventCount {
  type: string;
  count: number;
}

export interface EventSummary {
  /** Event types, the most frequent first (ties: the type seen most recently first). */
  counts: EventCount[];
  total: number;
  /** True when there were more events than were read: `total` is then a lower bound. */
  capped: boolean;
}

/** Counts `types` (newest first, at most `cap` + 1 of them read) into a summary. */
export function summarizeEventTypes(typesNewestFirst: readonly string[], cap: number): EventSummary {
  const capped = typesNewestFirst.length > cap;
  const types = capped ? typesNewestFirst.slice(0, cap) : typesNewestFirst;
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  // Map keeps first-insertion order, i.e. most recent first; the sort is stable.
  const list = [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count);
  return { counts: list, total: types.length, capped };
}

export type TouchKind = "note" | "call" | "task" | "stage" | "won" | "lost" | "reopen";

export interface TeamTouch {
  kind: TouchKind;
  at: Date;
  by: string | null;
  /** The task's title or the stage's name, when there is one. */
  label: string | null;
}

/** The latest of the candidates (null ones ignored); on a tie the earlier candidate wins. */
export function latestTouch(candidates: readonly (TeamTouch | null)[]): TeamTouch | null {
  let best: TeamTouch | null = null;
  for (const touch of candidates) {
    if (touch && (!best || touch.at.getTime() > best.at.getTime())) best = touch;
  }
  return best;
}

/** A stage transition as a team touch: moves, wins, losses and reopenings read differently. */
export function stageTouchKind(fromStatus: string | null, toStatus: string): TouchKind {
  if (toStatus === "WON") return "won";
  if (toStatus === "LOST") return "lost";
  if (fromStatus && fromStatus !== "OPEN") return "reopen";
  return "stage";
}
