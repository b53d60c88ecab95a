"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import clsx from "clsx";
import { GripVertical, Trash2 } from "lucide-react";
import { updateStageAction } from "@/lib/actions/settings";
import type { SettingsStage } from "@/lib/pipelines/list-settings-pipelines";
import { inputClass } from "@/components/ui/Field";
import { DeleteStageDialog } from "./DeleteStageDialog";
import { useSettingsAction } from "./use-settings-action";

type Patch = { name?: string; probability?: number; rottingDays?: number | null; color?: string };

/** One stage: drag handle, then its settings, each saved when the field is left. */
export function StageRow({ stage, index, siblings }: { stage: SettingsStage; index: number; siblings: SettingsStage[] }) {
  const t = useTranslations("settings.stages");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: stage.id });
  const [draft, setDraft] = useState({ name: stage.name, probability: String(stage.probability), rottingDays: stage.rottingDays === null ? "" : String(stage.rottingDays), color: stage.color });
  const [deleting, setDeleting] = useState(false);
  const { run } = useSettingsAction();

  const save = (patch: Patch, revert: () => void) =>
    run(() => updateStageAction({ id: stage.id, ...patch }), {
      onError: (error) => {
        revert();
        toast.error(error.message);
      },
    });
  const commitName = () => draft.name.trim() !== stage.name && save({ name: draft.name }, () => setDraft((d) => ({ ...d, name: stage.name })));
  const commitProbability = () => {
    const value = Number(draft.probability);
    if (draft.probability !== "" && value !== stage.probability) save({ probability: value }, () => setDraft((d) => ({ ...d, probability: String(stage.probability) })));
  };
  const commitRotting = () => {
    const value = draft.rottingDays.trim() === "" ? null : Number(draft.rottingDays);
    if (value !== stage.rottingDays) save({ rottingDays: value }, () => setDraft((d) => ({ ...d, rottingDays: stage.rottingDays === null ? "" : String(stage.rottingDays) })));
  };
  const enter = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      e.currentTarget.blur();
    }
  };
  const id = (field: string) => `stage-${stage.id}-${field}`;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={clsx("flex flex-wrap items-center gap-3 bg-white px-3 py-3 sm:flex-nowrap", isDragging && "relative z-10 rounded-lg shadow-lg ring-2 ring-brand-200")}
      data-testid="stage-row"
      data-stage-id={stage.id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t("dragHandle", { name: stage.name, position: index + 1 })}
        className="cursor-grab touch-none rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800 active:cursor-grabbing"
        data-testid="stage-handle"
      >
        <GripVertical size={18} aria-hidden />
      </button>
      <span className="h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: draft.color }} aria-hidden />
      <label className="min-w-40 flex-1">
        <span className="sr-only">{t("name")}</span>
        <input id={id("name")} className={inputClass} value={draft.name} maxLength={80} onChange={(e) => setDraft({ ...draft, name: e.target.value })} onBlur={commitName} onKeyDown={enter} data-testid="stage-name" />
      </label>
      <label className="flex items-center gap-1 text-sm text-slate-600">
        <input type="number" min={0} max={100} className={clsx(inputClass, "w-20 text-right")} value={draft.probability} onChange={(e) => setDraft({ ...draft, probability: e.target.value })} onBlur={commitProbability} onKeyDown={enter} aria-label={t("probability")} />
        %
      </label>
      <label className="flex items-center gap-1 text-sm text-slate-600">
        <input type="number" min={1} max={365} placeholder="—" className={clsx(inputClass, "w-20 text-right")} value={draft.rottingDays} onChange={(e) => setDraft({ ...draft, rottingDays: e.target.value })} onBlur={commitRotting} onKeyDown={enter} aria-label={t("rottingDays")} title={t("rottingHint")} />
        {t("daysShort")}
      </label>
      <input type="color" value={draft.color} onChange={(e) => setDraft({ ...draft, color: e.target.value })} onBlur={() => draft.color !== stage.color && save({ color: draft.color }, () => setDraft((d) => ({ ...d, color: stage.color })))} aria-label={t("color")} className="h-9 w-10 cursor-pointer rounded-lg border border-slate-300 bg-white p-1" />
      <span className="w-20 text-right text-xs text-slate-500 tabular-nums" title={t("dealsHint")}>
        {t("deals", { count: stage.openDeals })}
      </span>
      <button type="button" onClick={() => setDeleting(true)} className="rounded-md p-1.5 text-slate-500 hover:bg-red-50 hover:text-red-700" aria-label={t("delete", { name: stage.name })} title={t("delete", { name: stage.name })}>
        <Trash2 size={16} aria-hidden />
      </button>
      <DeleteStageDialog open={deleting} onOpenChange={setDeleting} stage={stage} targets={siblings} />
    </li>
  );
}
