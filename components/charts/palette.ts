// Series colors for charts: distinct, readable on white, colorblind-friendly order (Okabe–Ito-like).
export const PALETTE = ["#2f57d9", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7c3aed", "#f0b400", "#64748b", "#0f766e", "#be123c", "#84cc16"];

export function colorAt(i: number): string {
  return PALETTE[i % PALETTE.length];
}

/** Fixed colors for statuses, so won/lost look the same on every chart. */
export const STATUS_COLORS = { won: "#059669", lost: "#dc2626", open: "#94a3b8" } as const;
