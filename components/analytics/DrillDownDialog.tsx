"use client";
import Link from "next/link";
import * as RadixDialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useSourceLabel } from "@/components/sources/SourceLabels";
import { formatMoney } from "@/lib/format/money";
import type { DealBehind } from "@/lib/analytics/load-deals-behind";
import type { DrillDownState } from "./DrillDownProvider";

const KIND_STYLE: Record<DealBehind["notes"][number]["kind"], string> = {
  OBJECTION: "bg-rose-50 text-rose-800",
  CONTEXT: "bg-sky-50 text-sky-800",
  MOTIVATION: "bg-emerald-50 text-emerald-800",
};

function DealItem({ deal }: { deal: DealBehind }) {
  const t = useTranslations("analytics.drill");
  const sourceName = useSourceLabel();
  const locale = useLocale();
  const format = useFormatter();
  return (
    <li className="py-3" data-testid="drill-deal">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <Link href={`/deals/${deal.id}`} className="font-medium text-brand-700 hover:underline">
          {deal.title}
        </Link>
        <span className="text-sm font-semibold tabular-nums">{formatMoney(deal.value, deal.currency, locale)}</span>
      </div>
      <p className="mt-0.5 text-xs text-slate-500">
        {[deal.person, deal.owner, deal.stage, t(`status.${deal.status}`), deal.source && sourceName(deal.source), deal.closedAt ? t("closedOn", { date: format.dateTime(new Date(deal.closedAt), { dateStyle: "medium" }) }) : null]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {deal.lossReason && (
        <p className="mt-1 text-sm text-red-800">
          <strong>{deal.lossReason}</strong>
          {deal.lossNote && <span> — {deal.lossNote}</span>}
        </p>
      )}
      {deal.notes.length > 0 && (
        <ul className="mt-2 space-y-1" aria-label={t("why")}>
          {deal.notes.map((n, i) => (
            <li key={i} className="flex gap-2 text-sm text-slate-700">
              <span className={`h-5 shrink-0 rounded px-1.5 text-xs leading-5 font-medium ${KIND_STYLE[n.kind]}`}>{t(`kinds.${n.kind}`)}</span>
              <span className={n.resolved ? "text-slate-500 line-through decoration-slate-300" : undefined}>{n.body}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The deals behind a clicked bar or cell, with their loss reason and "why" notes. */
export function DrillDownDialog({ state, onClose }: { state: DrillDownState | null; onClose: () => void }) {
  const t = useTranslations("analytics.drill");
  return (
    <RadixDialog.Root open={state !== null} onOpenChange={(open) => !open && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/40" />
        <RadixDialog.Content
          className="fixed top-1/2 left-1/2 z-50 flex max-h-[85vh] w-[calc(100vw-2rem)] max-w-2xl -translate-x-1/2 -translate-y-1/2 flex-col rounded-2xl bg-white shadow-xl focus:outline-none"
          data-testid="drill-dialog"
        >
          <div className="flex items-start justify-between gap-4 border-b border-slate-100 px-5 py-4">
            <div>
              <RadixDialog.Title className="text-lg font-semibold">{t("title", { label: state?.label ?? "" })}</RadixDialog.Title>
              <RadixDialog.Description className="mt-0.5 text-sm text-slate-500">
                {state?.status === "done"
                  ? state.result.total > state.result.deals.length
                    ? t("showing", { shown: state.result.deals.length, total: state.result.total })
                    : t("count", { count: state.result.total })
                  : t("loading")}
              </RadixDialog.Description>
            </div>
            <RadixDialog.Close className="rounded-md p-1 text-slate-500 hover:bg-slate-100" aria-label={t("close")}>
              <X size={18} aria-hidden />
            </RadixDialog.Close>
          </div>
          <div className="min-h-24 overflow-y-auto px-5" aria-busy={state?.status === "loading"}>
            {state?.status === "loading" && (
              <div className="space-y-3 py-4">
                {[0, 1, 2].map((i) => (
                  <div key={i} className="h-12 animate-pulse rounded-lg bg-slate-100" />
                ))}
              </div>
            )}
            {state?.status === "error" && (
              <p className="py-4 text-sm text-red-700" role="alert">
                {state.message}
              </p>
            )}
            {state?.status === "done" &&
              (state.result.deals.length === 0 ? (
                <p className="py-4 text-sm text-slate-600">{t("none")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {state.result.deals.map((d) => (
                    <DealItem key={d.id} deal={d} />
                  ))}
                </ul>
              ))}
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
