// The plain-data shape of every analytics table: the server builds it, the client renders it,
// and the CSV export writes exactly its columns and rows (numbers unformatted).
import { toCsv } from "@/lib/format/csv";
import { formatMoney } from "@/lib/format/money";
import type { DrillDown } from "@/lib/validation/analytics";

export type CellKind = "text" | "count" | "money" | "percent" | "days";
export type Cell = string | number | null;

export interface TableColumn {
  key: string;
  label: string;
  kind: CellKind;
}

export interface TableRow {
  key: string;
  cells: Cell[];
  /** Per cell: the deals behind it (clicking the cell lists them). */
  drill?: (DrillDown | null)[];
  /** A highlighted row (the bottleneck, the most accurate method). */
  highlight?: boolean;
}

export interface TableModel {
  columns: TableColumn[];
  rows: TableRow[];
  /** A totals row, shown last. */
  total?: TableRow;
  currency: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "ru" ? "ru-RU" : "en-US", options);
    numberFormats.set(key, f);
  }
  return f;
}

/** A cell as shown: money per locale, percentages with one decimal, days with one decimal. */
export function formatCell(value: Cell, kind: CellKind, locale: string, currency: string): string {
  if (value === null || value === "") return "—";
  if (typeof value === "string") return value;
  switch (kind) {
    case "money":
      return formatMoney(value, currency, locale);
    case "percent":
      return numberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case "days":
      return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case "count":
      return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    default:
      return String(value);
  }
}

/** Short axis labels: compact money, whole percentages, plain numbers. */
export function formatAxis(value: number, kind: CellKind, locale: string, currency: string): string {
  if (kind === "money") return formatMoney(value, currency, locale, { compact: true });
  if (kind === "percent") return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
  return numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** A cell in the CSV: money in major units, percentages as numbers (12.3), days with one decimal. */
function csvCell(value: Cell, kind: CellKind): string | number {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (kind === "money") return Math.round(value) / 100;
  if (kind === "percent") return Math.round(value * 1000) / 10;
  if (kind === "days") return Math.round(value * 10) / 10;
  return value;
}

/** The table as CSV; user-typed text (sources, loss reasons, names) cannot become a formula (lib/format/csv.ts). */
export function tableToCsv(table: TableModel): string {
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  return toCsv(
    table.columns.map((c) => (c.kind === "money" ? `${c.label} (${table.currency})` : c.kind === "percent" ? `${c.label} (%)` : c.label)),
    rows.map((r) => r.cells.map((cell, i) => csvCell(cell, table.columns[i].kind))),
  );
}
