"use client";
import { useOptimistic, useTransition } from "react";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { CircleCheck, CircleDot } from "lucide-react";
import { updateNoteAction } from "@/lib/actions/notes";

/**
 * An objection's state (open / resolved) and, for whoever may edit the note, the switch. The
 * change shows at once and rolls back with a toast if the server refuses it.
 */
export function ResolveButton(props: { noteId: string; resolved: boolean; canEdit: boolean; hideState?: boolean }) {
  const t = useTranslations("notes");
  const [resolved, setResolved] = useOptimistic(props.resolved);
  const [pending, start] = useTransition();
  const Icon = resolved ? CircleCheck : CircleDot;
  const label = (
    <span className={clsx("inline-flex items-center gap-1 text-xs font-medium", resolved ? "text-emerald-700" : "text-amber-800")}>
      <Icon size={14} aria-hidden />
      {resolved ? t("resolved") : t("open")}
    </span>
  );
  if (!props.canEdit) return label;
  return (
    <span className="inline-flex items-center gap-2">
      {!props.hideState && label}
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const next = !resolved;
            setResolved(next);
            const result = await updateNoteAction({ noteId: props.noteId, resolved: next });
            if (result.ok) toast.success(next ? t("resolvedToast") : t("reopenedToast"));
            else toast.error(t("errors.failed"), { description: result.error.message });
          })
        }
        className="rounded-md px-1.5 py-0.5 text-xs font-medium text-brand-700 underline-offset-2 hover:bg-brand-50 hover:underline disabled:opacity-60"
      >
        {resolved ? t("markOpen") : t("markResolved")}
      </button>
    </span>
  );
}
