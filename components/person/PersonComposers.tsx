"use client";
import { useId, useState } from "react";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { ListTodo, StickyNote } from "lucide-react";
import { NoteComposer } from "@/components/notes/NoteComposer";
import { TaskComposer } from "@/components/tasks/TaskComposer";

type Tab = "note" | "task";

/**
 * The note composer and the task composer in one card, as two tabs (both stay mounted, so what
 * was typed in one survives a look at the other). Their actions revalidate /people/[id], which
 * brings the new note or task into the timeline.
 */
export function PersonComposers(props: { personId: string; assignees: { id: string; name: string }[]; defaultAssigneeId: string }) {
  const t = useTranslations("people");
  const id = useId();
  const [tab, setTab] = useState<Tab>("note");
  const tabs: { key: Tab; label: string; icon: typeof StickyNote }[] = [
    { key: "note", label: t("tabNote"), icon: StickyNote },
    { key: "task", label: t("tabTask"), icon: ListTodo },
  ];
  return (
    <section aria-label={t("compose")} className="rounded-xl border border-slate-200 bg-white" data-testid="person-composers">
      <div role="tablist" aria-label={t("compose")} className="flex gap-1 border-b border-slate-200 px-2 pt-2">
        {tabs.map(({ key, label, icon: Icon }) => (
          <button
            key={key}
            id={`${id}-tab-${key}`}
            type="button"
            role="tab"
            aria-selected={tab === key}
            aria-controls={`${id}-panel-${key}`}
            onClick={() => setTab(key)}
            className={clsx(
              "-mb-px inline-flex items-center gap-1.5 rounded-t-lg border-b-2 px-3 py-1.5 text-sm font-medium",
              tab === key ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            <Icon size={15} aria-hidden /> {label}
          </button>
        ))}
      </div>
      <div id={`${id}-panel-note`} role="tabpanel" aria-labelledby={`${id}-tab-note`} hidden={tab !== "note"} className="p-3">
        <NoteComposer personId={props.personId} />
      </div>
      <div id={`${id}-panel-task`} role="tabpanel" aria-labelledby={`${id}-tab-task`} hidden={tab !== "task"} className="p-3">
        <TaskComposer personId={props.personId} assignees={props.assignees} defaultAssigneeId={props.defaultAssigneeId} />
      </div>
    </section>
  );
}
