import { Info } from "lucide-react";
import type { ReactNode } from "react";
import { CsvButton } from "./CsvButton";
import { DataTable } from "./DataTable";
import type { TableModel } from "./table-model";

/**
 * One analytics widget: a title that asks the question the chart answers, the chart, the
 * accessible table with the same numbers, the definition of the metric and a CSV download.
 */
export function ChartCard(props: {
  id: string;
  title: string;
  subtitle?: string;
  chart?: ReactNode;
  table: TableModel;
  definition: string;
  /** Shown instead of chart and table when there is nothing to show. */
  empty?: string | null;
  aside?: ReactNode;
  /** Replaces the default table view (the CSV still comes from `table`). */
  tableView?: ReactNode;
}) {
  const headingId = `${props.id}-title`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-xs" data-testid={`widget-${props.id}`}>
      <header className="flex flex-wrap items-start justify-between gap-3 px-5 pt-4">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {props.title}
          </h2>
          {props.subtitle && <p className="mt-0.5 text-sm text-slate-500">{props.subtitle}</p>}
        </div>
        {!props.empty && <CsvButton table={props.table} filename={props.id} title={props.title} />}
      </header>
      {props.aside && <div className="px-5 pt-3">{props.aside}</div>}
      {props.empty ? (
        <p className="px-5 py-10 text-center text-sm text-slate-500">{props.empty}</p>
      ) : (
        <>
          {props.chart && <div className="px-3 pt-3">{props.chart}</div>}
          <div className="mt-2 border-t border-slate-100 px-2 py-2">
            {props.tableView ?? <DataTable table={props.table} caption={props.title} testId={`table-${props.id}`} />}
          </div>
        </>
      )}
      <footer className="flex gap-2 border-t border-slate-100 px-5 py-3 text-xs leading-relaxed text-slate-500">
        <Info size={14} className="mt-0.5 shrink-0" aria-hidden />
        <p>{props.definition}</p>
      </footer>
    </section>
  );
}

/** The skeleton of a ChartCard while its data loads. */
export function ChartCardSkeleton({ height = 280 }: { height?: number }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs" aria-hidden>
      <div className="h-5 w-72 animate-pulse rounded bg-slate-200" />
      <div className="mt-2 h-4 w-48 animate-pulse rounded bg-slate-100" />
      <div className="mt-4 animate-pulse rounded-lg bg-slate-100" style={{ height }} />
      <div className="mt-4 space-y-2">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-4 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
