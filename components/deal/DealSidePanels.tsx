import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowUpRight } from "lucide-react";
import type { DealDetails } from "@/lib/deals/get-deal";
import type { TaskItem } from "@/lib/tasks/task-item";
import { TaskComposer } from "@/components/tasks/TaskComposer";
import { TaskList } from "@/components/tasks/TaskList";

/** Right column of the deal page: the person (linked to their profile) and the live task list. */
export async function DealSidePanels(props: {
  dealId: string;
  person: DealDetails["person"];
  tasks: TaskItem[];
  assignees: { id: string; name: string }[];
  viewerId: string;
}) {
  const t = await getTranslations("deal");
  const { person } = props;
  return (
    <div className="space-y-4">
      <section aria-labelledby="person" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="person" className="mb-2 text-sm font-semibold text-slate-700">
          {t("person")}
        </h2>
        {person ? (
          <div className="text-sm">
            <Link
              href={`/people/${person.id}`}
              className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline"
              aria-label={t("openPerson", { name: person.name })}
              data-testid="deal-person-link"
            >
              {person.name}
              <ArrowUpRight size={14} aria-hidden />
            </Link>
            {person.company && <p className="text-slate-500">{person.company}</p>}
            <ul className="mt-2 space-y-0.5 text-xs text-slate-600">
              {person.identities.map((i) => (
                <li key={i.kind + i.value} className="break-all">
                  <span className="text-slate-500">{t(`identityKinds.${i.kind}`)}:</span> {i.value}
                </li>
              ))}
            </ul>
            <p className="mt-2 text-xs text-slate-500">{t("personNotes")}</p>
          </div>
        ) : (
          <p className="text-sm text-slate-500">{t("noPerson")}</p>
        )}
      </section>
      <section aria-labelledby="tasks" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="tasks" className="mb-3 text-sm font-semibold text-slate-700">
          {t("tasks")}
        </h2>
        <TaskList tasks={props.tasks} emptyText={t("noTasks")} showAssignee={props.assignees.length > 1} />
        <div className="mt-4 border-t border-slate-100 pt-3">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("newTask")}</h3>
          <TaskComposer dealId={props.dealId} personId={person?.id} assignees={props.assignees} defaultAssigneeId={props.viewerId} />
        </div>
      </section>
    </div>
  );
}
