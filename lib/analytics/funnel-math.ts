// Pure funnel maths: stage conversion rows from per-stage counts and the transition matrix.
export interface StageRef {
  id: string;
  name: string;
  position: number;
}

export interface FunnelCounts {
  stageId: string;
  entered: number;
  advanced: number;
  back: number;
  lost: number;
  here: number;
}

export interface TransitionCell {
  fromStageId: string | null;
  toStageId: string | null;
  fromStatus: "OPEN" | "WON" | "LOST" | null;
  toStatus: "OPEN" | "WON" | "LOST";
  moves: number;
}

export type MoveKind = "created" | "forward" | "skip" | "backward" | "won" | "lost" | "reopened";

export interface FunnelStage extends FunnelCounts {
  name: string;
  /** advanced ÷ entered, null when nothing entered. */
  conversion: number | null;
  /** Moves in the period that jumped over this stage (from an earlier to a later stage). */
  skipped: number;
}

/** What kind of step a transition is, given the stages' positions. */
export function moveKind(cell: Pick<TransitionCell, "fromStageId" | "toStageId" | "fromStatus" | "toStatus">, position: Map<string, number>): MoveKind {
  if (cell.fromStageId === null || cell.fromStatus === null) return "created";
  if (cell.toStatus === "WON") return "won";
  if (cell.toStatus === "LOST") return "lost";
  if (cell.fromStatus !== "OPEN") return "reopened";
  const from = position.get(cell.fromStageId) ?? 0;
  const to = position.get(cell.toStageId ?? "") ?? 0;
  if (to < from) return "backward";
  return to - from > 1 ? "skip" : "forward";
}

export function buildFunnel(stages: StageRef[], counts: FunnelCounts[], matrix: TransitionCell[]): FunnelStage[] {
  const position = new Map(stages.map((s) => [s.id, s.position]));
  const byStage = new Map(counts.map((c) => [c.stageId, c]));
  return stages.map((stage) => {
    const c = byStage.get(stage.id) ?? { stageId: stage.id, entered: 0, advanced: 0, back: 0, lost: 0, here: 0 };
    const skipped = matrix
      .filter((m) => moveKind(m, position) === "skip")
      .filter((m) => position.get(m.fromStageId!)! < stage.position && stage.position < position.get(m.toStageId!)!)
      .reduce((sum, m) => sum + m.moves, 0);
    return { ...c, stageId: stage.id, name: stage.name, conversion: c.entered > 0 ? c.advanced / c.entered : null, skipped };
  });
}

/** Totals of the period's transitions by kind (the flow chart's bars). */
export function movesByKind(stages: StageRef[], matrix: TransitionCell[]): Record<MoveKind, number> {
  const position = new Map(stages.map((s) => [s.id, s.position]));
  const totals: Record<MoveKind, number> = { created: 0, forward: 0, skip: 0, backward: 0, won: 0, lost: 0, reopened: 0 };
  for (const cell of matrix) totals[moveKind(cell, position)] += cell.moves;
  return totals;
}
