import Link from "next/link";
import clsx from "clsx";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PersonDetails } from "@/lib/people/get-person";
import { formatMoney } from "@/lib/format/money";

const STATUS_STYLE = {
  OPEN: "bg-brand-50 text-brand-700",
  WON: "bg-emerald-100 text-emerald-800",
  LOST: "bg-red-100 text-red-700",
} as const;

/** All the person's deals: open first, then won, then lost with the reason. */
export async function PersonDeals({ deals }: { deals: PersonDetails["deals"] }) {
  const t = await getTranslations("people");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <section aria-labelledby="person-deals" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="person-deals" className="mb-3 text-sm font-semibold text-slate-700">
        {t("deals")} <span className="font-normal text-slate-500">({deals.length})</span>
      </h2>
      {deals.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noDeals")}</p>
      ) : (
        <ul className="space-y-2" data-testid="person-deals">
          {deals.map((deal) => (
            <li key={deal.id} className="rounded-lg border border-slate-200 p-3 text-sm" data-status={deal.status}>
              <div className="flex items-start justify-between gap-2">
                <Link href={`/deals/${deal.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {deal.title}
                </Link>
                <span className={clsx("shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold", STATUS_STYLE[deal.status])}>{t(`dealStatus.${deal.status}`)}</span>
              </div>
              <p className="mt-1 flex items-center justify-between gap-2 text-xs text-slate-500">
                <span className="inline-flex items-center gap-1.5">
                  <span className="h-2 w-2 rounded-full" style={{ backgroundColor: deal.stage.color }} aria-hidden />
                  {t("inStage", { pipeline: deal.pipeline.name, stage: deal.stage.name })}
                </span>
                <span className="font-semibold text-slate-800 tabular-nums">{formatMoney(deal.value, deal.currency, locale)}</span>
              </p>
              {deal.status === "LOST" && (
                <p className="mt-1 text-xs text-red-700">
                  {t("lostReason", { reason: deal.lossReason?.label ?? "—" })}
                  {deal.lossNote ? ` — ${deal.lossNote}` : ""}
                </p>
              )}
              {deal.status !== "OPEN" && deal.closedAt && <p className="mt-0.5 text-xs text-slate-500">{t("closedOn", { date: format.dateTime(deal.closedAt, { dateStyle: "medium" }) })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
