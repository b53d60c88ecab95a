import clsx from "clsx";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import type { DealDetails } from "@/lib/deals/get-deal";

export async function DealSidePanels({ person, tasks }: { person: DealDetails["person"]; tasks: DealDetails["tasks"] }) {
  const t = await getTranslations("deal");
  const format = await getFormatter();
  const now = (await getNow()).getTime();
  return (
    <div className="space-y-4">
      <section aria-labelledby="person" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="person" className="mb-2 text-sm font-semibold text-slate-700">
          {t("person")}
        </h2>
        {person ? (
          <div className="text-sm">
            <p className="font-medium">{person.name}</p>
            {person.company && <p className="text-slate-500">{person.company}</p>}
            <ul className="mt-2 space-y-0.5 text-xs text-slate-600">
              {person.identities.map((i) => (
                <li key={i.kind + i.value}>
                  <span className="text-slate-500">{t(`identityKinds.${i.kind}`)}:</span> {i.value}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-sm text-slate-500">{t("noPerson")}</p>
        )}
      </section>
      <section aria-labelledby="tasks" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="tasks" className="mb-2 text-sm font-semibold text-slate-700">
          {t("tasks")}
        </h2>
        {tasks.length === 0 && <p className="text-sm text-slate-500">{t("noTasks")}</p>}
        <ul className="space-y-2 text-sm">
          {tasks.map((task) => {
            const overdue = !task.doneAt && task.dueAt !== null && task.dueAt.getTime() < now;
            return (
              <li key={task.id} className={clsx(task.doneAt && "text-slate-500 line-through")}>
                <p>{task.title}</p>
                <p className={clsx("text-xs", overdue ? "font-medium text-red-600" : "text-slate-500")}>
                  {task.dueAt ? format.dateTime(task.dueAt, { dateStyle: "medium" }) : t("noDue")} · {task.assignee.name}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
