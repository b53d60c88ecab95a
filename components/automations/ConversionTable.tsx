import { getFormatter, getTranslations } from "next-intl/server";
import type { ConversionStats } from "@/lib/automations/conversion-stats";

/** Touched vs untouched deals: won, lost, win rate, over the same period (a table, no chart). */
export async function ConversionTable({ stats }: { stats: ConversionStats }) {
  const [t, format] = await Promise.all([getTranslations("automations.stats"), getFormatter()]);
  const rate = (value: number | null) => (value === null ? "—" : format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const rows = [
    { key: "touched", label: t("touched"), row: stats.touched },
    { key: "untouched", label: t("untouched"), row: stats.untouched },
  ];
  return (
    <section aria-labelledby="conversion-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="conversion-heading" className="font-semibold">{t("title")}</h2>
      <p className="mt-0.5 text-xs text-slate-500">{t(stats.pipelineId ? "scopePipeline" : "scopeAll", { since: format.dateTime(stats.since, { dateStyle: "medium" }) })}</p>
      <div className="relative mt-3 overflow-x-auto">
        <table className="w-full max-w-lg text-sm" data-testid="conversion-table">
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 text-left font-medium">{t("group")}</th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">{t("won")}</th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">{t("lost")}</th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">{t("rate")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map(({ key, label, row }) => (
              <tr key={key}>
                <th scope="row" className="py-1.5 text-left font-normal">{label}</th>
                <td className="py-1.5 text-right tabular-nums">{row.won}</td>
                <td className="py-1.5 text-right tabular-nums">{row.lost}</td>
                <td className="py-1.5 text-right font-medium tabular-nums">{rate(row.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-500">{t("footnote")}</p>
    </section>
  );
}
