import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDeal } from "@/lib/deals/get-deal";
import { listActiveLossReasons } from "@/lib/loss-reasons/list-loss-reasons";
import { listNotes } from "@/lib/notes/list-notes";
import { listTasks } from "@/lib/tasks/list-tasks";
import { listActiveUsers } from "@/lib/users/list-users";
import { isAppError } from "@/lib/errors/app-error";
import { StageStepper } from "@/components/deal/StageStepper";
import { DealActions } from "@/components/deal/DealActions";
import { DealFields } from "@/components/deal/DealFields";
import { DealHistory } from "@/components/deal/DealHistory";
import { DealNotes } from "@/components/deal/DealNotes";
import { DealSidePanels } from "@/components/deal/DealSidePanels";
import { DealWhy } from "@/components/deal/DealWhy";
import { StatusBadge } from "@/components/deal/StatusBadge";

export default async function DealPage(props: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await props.params;
  // A rep's tasks are their own; heads and admins may give one to anyone active (and deals too).
  const manager = can(user, "task.assign");
  const [deal, reasons, notes, tasks, users] = await Promise.all([
    getDeal({ actor: user, dealId: id }).catch((error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listActiveLossReasons({ actor: user }),
    listNotes({ actor: user, dealId: id }),
    listTasks({ actor: user, dealId: id }),
    manager ? listActiveUsers({ actor: user }) : null,
  ]);
  const t = await getTranslations("deal");
  const assignees = users ? users.map((u) => ({ id: u.id, name: u.name })) : [{ id: user.id, name: user.name }];

  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-6 lg:px-8">
      <Link href={`/pipelines/${deal.pipeline.id}`} className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <ArrowLeft size={14} aria-hidden /> {deal.pipeline.name}
      </Link>
      <div className="mt-3 flex flex-wrap items-start justify-between gap-4">
        <DealFields
          deal={{
            id: deal.id,
            version: deal.version,
            title: deal.title,
            value: deal.value,
            currency: deal.currency,
            expectedCloseAt: deal.expectedCloseAt?.toISOString() ?? null,
            ownerId: deal.owner.id,
            ownerName: deal.owner.name,
            person: deal.person ? { id: deal.person.id, name: deal.person.name } : null,
            source: deal.source,
            closeDatePushes: deal.closeDatePushes,
          }}
          canEdit={deal.canEdit}
          canAssign={deal.canAssign}
          owners={users ? users.map((u) => ({ id: u.id, name: u.name })) : []}
          status={<StatusBadge status={deal.status} />}
        />
        <DealActions deal={{ id: deal.id, title: deal.title, version: deal.version, status: deal.status }} canEdit={deal.canEdit} reasons={reasons} />
      </div>
      {deal.status === "LOST" && (
        <div className="mt-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <strong>{t("lostBecause", { reason: deal.lossReason?.label ?? "—" })}</strong>
          {deal.lossNote && <p className="mt-1">{deal.lossNote}</p>}
        </div>
      )}
      <StageStepper stages={deal.pipeline.stages} currentId={deal.stage.id} status={deal.status} />
      {deal.person && <DealWhy motivation={notes.motivation} objections={notes.openObjections} />}
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <DealNotes dealId={deal.id} personId={deal.person?.id ?? null} view={notes} />
          <DealHistory transitions={deal.transitions} fieldChanges={deal.fieldChanges} />
        </div>
        <DealSidePanels dealId={deal.id} person={deal.person} tasks={tasks} assignees={assignees} viewerId={user.id} />
      </div>
    </main>
  );
}
