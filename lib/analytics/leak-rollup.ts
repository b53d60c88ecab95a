// Pure roll-up of loss groups (stage × reason × source × owner × week) into the four views of the
// leak analysis: by stage, by source channel, by owner and by week, each split by loss reason.
export interface LossGroup {
  stageId: string | null;
  reasonId: string | null;
  source: string | null;
  ownerId: string;
  week: string;
  deals: number;
  value: number;
}

export interface Labelled {
  id: string;
  label: string;
}

/** One row of a view: its key, label, totals and a cell per reason key. */
export interface LeakRow {
  key: string;
  label: string;
  deals: number;
  value: number;
  cells: Record<string, { deals: number; value: number }>;
}

export interface LeakViews {
  /** Reason columns: every reason with losses, in the admin's order; "none" for losses without one. */
  reasons: Labelled[];
  byStage: LeakRow[];
  bySource: LeakRow[];
  byOwner: LeakRow[];
  byWeek: LeakRow[];
  total: { deals: number; value: number };
}

/** The key of "no value" (no reason, no source): never a real id. */
export const NONE = "none";

function view(groups: LossGroup[], keyOf: (g: LossGroup) => string, rows: Labelled[], keepEmpty: boolean): LeakRow[] {
  const byKey = new Map<string, LeakRow>(rows.map((r) => [r.id, { key: r.id, label: r.label, deals: 0, value: 0, cells: {} }]));
  for (const g of groups) {
    const key = keyOf(g);
    let row = byKey.get(key);
    if (!row) {
      row = { key, label: key, deals: 0, value: 0, cells: {} };
      byKey.set(key, row);
    }
    const reason = g.reasonId ?? NONE;
    const cell = (row.cells[reason] ??= { deals: 0, value: 0 });
    cell.deals += g.deals;
    cell.value += g.value;
    row.deals += g.deals;
    row.value += g.value;
  }
  const all = [...byKey.values()];
  return keepEmpty ? all : all.filter((r) => r.deals > 0);
}

export function rollUpLeaks(
  groups: LossGroup[],
  labels: { stages: Labelled[]; reasons: Labelled[]; owners: Labelled[]; weeks: string[]; noReason: string; noSource: string },
): LeakViews {
  const used = new Set(groups.map((g) => g.reasonId ?? NONE));
  const reasons = labels.reasons.filter((r) => used.has(r.id));
  if (used.has(NONE)) reasons.push({ id: NONE, label: labels.noReason });
  // Reasons no longer listed (deleted) still get a column, labelled by id.
  for (const id of used) if (!reasons.some((r) => r.id === id)) reasons.push({ id, label: id });

  const sources = [...new Set(groups.map((g) => g.source ?? NONE))]
    .sort()
    .map((s) => ({ id: s, label: s === NONE ? labels.noSource : s }));
  const bySource = view(groups, (g) => g.source ?? NONE, sources, false).sort((a, b) => b.deals - a.deals || a.label.localeCompare(b.label));
  const byOwner = view(groups, (g) => g.ownerId, labels.owners, false).sort((a, b) => b.deals - a.deals || a.label.localeCompare(b.label));
  return {
    reasons,
    byStage: view(groups, (g) => g.stageId ?? NONE, labels.stages, true),
    bySource,
    byOwner,
    byWeek: view(groups, (g) => g.week, labels.weeks.map((w) => ({ id: w, label: w })), true),
    total: groups.reduce((t, g) => ({ deals: t.deals + g.deals, value: t.value + g.value }), { deals: 0, value: 0 }),
  };
}
