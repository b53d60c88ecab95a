import Link from "next/link";
import clsx from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AutomationDetail } from "@/lib/automations/get-automation";

const TONE: Record<string, string> = {
  DONE: "bg-emerald-50 text-emerald-800",
  PENDING: "bg-sky-50 text-sky-800",
  RUNNING: "bg-sky-50 text-sky-800",
  SKIPPED: "bg-slate-100 text-slate-700",
  FAILED: "bg-red-50 text-red-800",
};

/** What fired, for whom, and what each step did. */
export async function RunLog({ runs, total }: { runs: AutomationDetail["runs"]; total: number }) {
  const [t, format] = await Promise.all([getTranslations("automations.log"), getFormatter()]);
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="runlog-heading" className="rounded-xl border border-slate-200 bg-white">
      <div className="border-b border-slate-100 p-4">
        <h2 id="runlog-heading" className="font-semibold">{t("title")}</h2>
        <p className="text-xs text-slate-500">{total > runs.length ? t("latest", { shown: runs.length, total }) : t("count", { count: total })}</p>
      </div>
      {runs.length === 0 ? (
        <p className="p-6 text-center text-sm text-slate-600" data-testid="runlog-empty">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {runs.map((r) => (
            <li key={r.id} className="px-4 py-3 text-sm" data-testid="run">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium", TONE[r.status] ?? "bg-slate-100")}>{t(`status.${r.status}`)}</span>
                {r.deal && <Link className="font-medium text-brand-700 hover:underline" href={`/deals/${r.deal.id}`}>{r.deal.title}</Link>}
                {r.person && <Link className="text-slate-700 hover:underline" href={`/people/${r.person.id}`}>{r.person.name}</Link>}
                <span className="ml-auto text-xs text-slate-500 tabular-nums">{when(r.createdAt)}</span>
              </div>
              {r.log.length > 0 && (
                <ol className="mt-1 space-y-0.5 text-xs text-slate-600">
                  {r.log.map((entry, i) => (
                    <li key={i}>
                      {t("entry", { step: entry.step + 1, status: t(`entryStatus.${entry.status}`) })} {entry.detail} <span className="text-slate-500">· {when(entry.at)}</span>
                    </li>
                  ))}
                </ol>
              )}
              {(r.status === "PENDING" || r.status === "RUNNING") && <p className="mt-1 text-xs text-sky-800">{t("nextStep", { step: r.step + 1, when: when(r.dueAt) })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
