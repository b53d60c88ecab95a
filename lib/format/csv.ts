// The one way the app writes CSV (analytics tables today, every export after them). Text is data,
// never a formula: a cell a spreadsheet would evaluate (= + - @, tab or CR first, e.g. a deal
// source `=HYPERLINK("http://evil…")`) is written with a leading apostrophe, which spreadsheets
// treat as "show as text" (OWASP's CSV injection advice, papaparse's escapeFormulae). Numbers stay
// numbers, and so does text that is only a number ("-12.5"): a negative value is not a formula.
import Papa from "papaparse";

export type CsvCell = string | number | boolean | null | undefined;

/** Starts like a formula, unless the whole text is a plain (negative) decimal number. */
export const FORMULA_START = /^(?!-\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/** A header row and data rows as CSV text (RFC 4180, CRLF line ends), formulas neutralized. */
export function toCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse(
    { fields: [...fields], data: rows.map((row) => row.map((cell) => cell ?? "")) },
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
}
