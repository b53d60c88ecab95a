"use client";
import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import type { DrillDown } from "@/lib/validation/analytics";
import { useDrillDown } from "@/components/analytics/DrillDownProvider";
import { formatCell } from "./table-model";

export interface HeatCell {
  value: number;
  drill?: DrillDown;
  /** Tints: forward (blue), backward (amber), won (green), lost (red), neutral (slate). */
  tone: "forward" | "skip" | "backward" | "won" | "lost" | "neutral";
}

const TONES: Record<HeatCell["tone"], [number, number, number]> = {
  forward: [47, 87, 217],
  skip: [47, 87, 217],
  backward: [217, 119, 6],
  won: [5, 150, 105],
  lost: [220, 38, 38],
  neutral: [100, 116, 139],
};

/**
 * A matrix as a table whose cells are tinted by their share of the largest value: a heat map
 * that is also the accessible table. Non-empty cells are buttons listing their deals.
 */
export function HeatTable(props: { caption: string; corner: string; columns: string[]; rows: { key: string; label: string; cells: (HeatCell | null)[] }[]; testId?: string }) {
  const locale = useLocale();
  const t = useTranslations("analytics.common");
  const drill = useDrillDown();
  const max = Math.max(1, ...props.rows.flatMap((r) => r.cells.map((c) => c?.value ?? 0)));
  return (
    <div className="relative overflow-x-auto" data-testid={props.testId}>
      <table className="w-full border-separate border-spacing-0.5 text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead>
          <tr className="align-bottom text-xs text-slate-500">
            <th scope="col" className="px-2 py-1.5 text-left font-medium">
              {props.corner}
            </th>
            {props.columns.map((c) => (
              <th key={c} scope="col" className="min-w-16 px-2 py-1.5 text-right font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="px-2 py-1.5 text-left font-medium whitespace-nowrap text-slate-800">
                {row.label}
              </th>
              {row.cells.map((cell, i) => {
                if (!cell || cell.value === 0) return <td key={i} className="rounded bg-slate-50 px-2 py-1.5 text-right text-slate-300">·</td>;
                const [r, g, b] = TONES[cell.tone];
                const alpha = 0.08 + 0.5 * (cell.value / max); // dark text stays readable (≥ 4.5:1) at any tint
                const text = formatCell(cell.value, "count", locale, "RUB");
                const label = `${row.label} → ${props.columns[i]}`;
                return (
                  <td
                    key={i}
                    className={clsx("rounded px-1 py-1 text-right tabular-nums", cell.tone === "skip" && "ring-1 ring-brand-700 ring-inset")}
                    style={{ backgroundColor: `rgba(${r}, ${g}, ${b}, ${alpha})` }}
                  >
                    {cell.drill ? (
                      <button
                        type="button"
                        onClick={() => drill.open(cell.drill!, label)}
                        aria-label={t("showDeals", { label, value: text })}
                        className="w-full rounded px-1 text-right font-medium text-slate-900 underline decoration-dotted underline-offset-2"
                      >
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
