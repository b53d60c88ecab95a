"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import clsx from "clsx";
import { Archive, ArchiveRestore, GripVertical, Trash2 } from "lucide-react";
import { deleteLossReasonAction, renameLossReasonAction, setLossReasonActiveAction } from "@/lib/actions/settings";
import type { SettingsLossReason } from "@/lib/loss-reasons/list-settings-loss-reasons";
import { Button } from "@/components/ui/Button";
import { inputClass } from "@/components/ui/Field";
import { ConfirmDialog } from "./ConfirmDialog";
import { useSettingsAction } from "./use-settings-action";

/** One loss reason: handle, label edited in place, archive / restore, delete when unused. */
export function LossReasonRow({ reason, index }: { reason: SettingsLossReason; index: number }) {
  const t = useTranslations("settings.lossReasons");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: reason.id });
  const [label, setLabel] = useState(reason.label);
  const [confirm, setConfirm] = useState(false);
  const { pending, run } = useSettingsAction();
  const rename = () =>
    label.trim() !== reason.label &&
    run(() => renameLossReasonAction({ id: reason.id, label }), {
      onError: (e) => {
        setLabel(reason.label);
        toast.error(e.message);
      },
    });
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={clsx("flex items-center gap-3 bg-white px-3 py-2.5", isDragging && "relative z-10 rounded-lg shadow-lg ring-2 ring-brand-200")} data-testid="loss-reason-row">
      <button type="button" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={t("dragHandle", { name: reason.label, position: index + 1 })} className="cursor-grab touch-none rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800">
        <GripVertical size={18} aria-hidden />
      </button>
      <input
        className={clsx(inputClass, "flex-1", !reason.active && "text-slate-500")}
        value={label}
        maxLength={120}
        onChange={(e) => setLabel(e.target.value)}
        onBlur={rename}
        onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), e.currentTarget.blur())}
        aria-label={t("label")}
      />
      {!reason.active && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t("archivedBadge")}</span>}
      <span className="w-24 text-right text-xs text-slate-500">{t("uses", { count: reason.deals })}</span>
      <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(() => setLossReasonActiveAction({ id: reason.id, active: !reason.active }), { success: reason.active ? t("archived") : t("restored") })}>
        {reason.active ? <Archive size={15} aria-hidden /> : <ArchiveRestore size={15} aria-hidden />}
        {reason.active ? t("archive") : t("restore")}
      </Button>
      {reason.deals > 0 && <span className="w-7" aria-hidden />}
      {reason.deals === 0 && (
        <button type="button" onClick={() => setConfirm(true)} className="rounded-md p-1.5 text-slate-500 hover:bg-red-50 hover:text-red-700" aria-label={t("delete", { name: reason.label })} title={t("delete", { name: reason.label })}>
          <Trash2 size={16} aria-hidden />
        </button>
      )}
      <ConfirmDialog
        open={confirm}
        onOpenChange={setConfirm}
        title={t("deleteTitle", { name: reason.label })}
        body={t("deleteBody")}
        confirmLabel={t("deleteConfirm")}
        pending={pending}
        onConfirm={() => run(() => deleteLossReasonAction({ id: reason.id }), { onOk: () => setConfirm(false) })}
      />
    </li>
  );
}
