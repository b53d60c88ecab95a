"use client";
import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { type TableModel, tableToCsv } from "./table-model";

/** Downloads exactly the table under a chart as CSV (UTF-8 with BOM, so spreadsheets read Cyrillic). */
export function CsvButton({ table, filename, title }: { table: TableModel; filename: string; title: string }) {
  const t = useTranslations("analytics.common");
  const download = () => {
    const blob = new Blob(["\uFEFF", tableToCsv(table)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${filename}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button
      type="button"
      onClick={download}
      aria-label={t("csvLabel", { title })}
      className="inline-flex h-8 shrink-0 items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
    >
      <Download size={14} aria-hidden /> {t("csv")}
    </button>
  );
}
