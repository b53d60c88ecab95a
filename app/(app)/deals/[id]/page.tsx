import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { getDeal } from "@/lib/deals/get-deal";
import { listActiveLossReasons } from "@/lib/loss-reasons/list-loss-reasons";
import { isAppError } from "@/lib/errors/app-error";
import { formatMoney } from "@/lib/format/money";
import { StageStepper } from "@/components/deal/StageStepper";
import { DealActions } from "@/components/deal/DealActions";
import { DealHistory } from "@/components/deal/DealHistory";
import { DealSidePanels } from "@/components/deal/DealSidePanels";
import { StatusBadge } from "@/components/deal/StatusBadge";

export default async function DealPage(props: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await props.params;
  const [deal, reasons] = await Promise.all([
    getDeal({ actor: user, dealId: id }).catch((error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listActiveLossReasons({ actor: user }),
  ]);
  const t = await getTranslations("deal");
  const locale = await getLocale();
  const format = await getFormatter();

  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-6 lg:px-8">
      <Link href={`/pipelines/${deal.pipeline.id}`} className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <ArrowLeft size={14} aria-hidden /> {deal.pipeline.name}
      </Link>
      <div className="mt-3 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{deal.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
            <span className="text-lg font-semibold text-slate-900 tabular-nums">{formatMoney(deal.value, deal.currency, locale)}</span>
            <StatusBadge status={deal.status} />
            <span>{t("owner", { name: deal.owner.name })}</span>
            {deal.expectedCloseAt && <span>{t("expectedClose", { date: format.dateTime(deal.expectedCloseAt, { dateStyle: "medium" }) })}</span>}
            {deal.source && <span>{t("source", { source: deal.source })}</span>}
          </p>
        </div>
        <DealActions deal={{ id: deal.id, title: deal.title, version: deal.version, status: deal.status }} canEdit={deal.canEdit} reasons={reasons} />
      </div>
      {deal.status === "LOST" && (
        <div className="mt-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <strong>{t("lostBecause", { reason: deal.lossReason?.label ?? "—" })}</strong>
          {deal.lossNote && <p className="mt-1">{deal.lossNote}</p>}
        </div>
      )}
      <StageStepper stages={deal.pipeline.stages} currentId={deal.stage.id} status={deal.status} />
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
        <DealHistory transitions={deal.transitions} notes={deal.notes} />
        <DealSidePanels person={deal.person} tasks={deal.tasks} />
      </div>
    </main>
  );
}
