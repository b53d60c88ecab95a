"use client";
import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { useDrillDown } from "@/components/analytics/DrillDownProvider";
import { type TableModel, type TableRow, formatCell } from "./table-model";

/**
 * The accessible table under a chart: the first column heads each row; numbers right-aligned;
 * a cell with deals behind it is a button that lists them.
 */
export function DataTable({ table, caption, testId }: { table: TableModel; caption: string; testId?: string }) {
  const locale = useLocale();
  const t = useTranslations("analytics.common");
  const drill = useDrillDown();
  const numeric = (i: number) => table.columns[i].kind !== "text";

  const row = (r: TableRow, total = false) => (
    <tr key={r.key} className={clsx("border-t border-slate-100", r.highlight && "bg-amber-50", total && "border-t-2 border-slate-200 font-semibold")}>
      {r.cells.map((cell, i) => {
        const text = formatCell(cell, table.columns[i].kind, locale, table.currency);
        const target = r.drill?.[i];
        const label = `${formatCell(r.cells[0], "text", locale, table.currency)} · ${table.columns[i].label}`;
        const content =
          target && cell !== null && cell !== 0 ? (
            <button
              type="button"
              onClick={() => drill.open(target, label)}
              aria-label={t("showDeals", { label, value: text })}
              className="rounded px-1 text-brand-700 underline decoration-dotted underline-offset-2 hover:bg-brand-50"
            >
              {text}
            </button>
          ) : (
            text
          );
        const className = clsx("px-3 py-1.5 whitespace-nowrap", numeric(i) ? "text-right tabular-nums" : "text-left");
        return i === 0 ? (
          <th key={i} scope="row" className={clsx(className, "font-medium text-slate-800")}>
            {content}
          </th>
        ) : (
          <td key={i} className={className}>
            {content}
          </td>
        );
      })}
    </tr>
  );

  return (
    <div className="relative overflow-x-auto" data-testid={testId}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="align-bottom text-xs text-slate-500">
            {table.columns.map((c, i) => (
              <th key={c.key} scope="col" className={clsx("min-w-16 px-3 py-2 font-medium", numeric(i) ? "text-right" : "text-left")}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => row(r))}
          {table.total && row(table.total, true)}
        </tbody>
      </table>
    </div>
  );
}
