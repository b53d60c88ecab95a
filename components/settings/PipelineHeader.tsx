"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Archive, ArchiveRestore, ArrowLeft, ArrowRight } from "lucide-react";
import { archivePipelineAction, renamePipelineAction, reorderPipelinesAction } from "@/lib/actions/settings";
import { Button } from "@/components/ui/Button";
import { inputClass } from "@/components/ui/Field";
import { ConfirmDialog } from "./ConfirmDialog";
import { useSettingsAction } from "./use-settings-action";

/** The chosen pipeline: its name (edited in place), its place among the tabs, archive / restore. */
export function PipelineHeader(props: { pipeline: { id: string; name: string; archived: boolean; openDeals: number }; order: string[] }) {
  const t = useTranslations("settings.pipelines");
  const { pipeline, order } = props;
  const [name, setName] = useState(pipeline.name);
  const [confirm, setConfirm] = useState(false);
  const { pending, run } = useSettingsAction();
  const index = order.indexOf(pipeline.id);

  const rename = () => {
    if (name.trim() === pipeline.name) return;
    run(() => renamePipelineAction({ id: pipeline.id, name }), { success: t("renamed"), onError: (e) => {
        setName(pipeline.name);
        toast.error(e.message);
      },
    });
  };
  const move = (delta: number) => {
    const ids = [...order];
    ids.splice(index, 1);
    ids.splice(index + delta, 0, pipeline.id);
    run(() => reorderPipelinesAction({ ids }));
  };
  const archive = (archived: boolean) => run(() => archivePipelineAction({ id: pipeline.id, archived }), { success: archived ? t("archived") : t("restored"), onOk: () => setConfirm(false) });

  return (
    <div className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <label className="min-w-56 flex-1">
        <span className="mb-1 block text-sm font-medium text-slate-700">{t("name")}</span>
        <input
          className={inputClass}
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          onBlur={rename}
          onKeyDown={(e) => e.key === "Enter" && (e.currentTarget.blur(), e.preventDefault())}
          data-testid="pipeline-name"
        />
      </label>
      <div className="flex gap-1">
        <Button variant="secondary" size="sm" disabled={pending || index <= 0} onClick={() => move(-1)} aria-label={t("moveLeft")} title={t("moveLeft")}>
          <ArrowLeft size={16} aria-hidden />
        </Button>
        <Button variant="secondary" size="sm" disabled={pending || index < 0 || index >= order.length - 1} onClick={() => move(1)} aria-label={t("moveRight")} title={t("moveRight")}>
          <ArrowRight size={16} aria-hidden />
        </Button>
      </div>
      {pipeline.archived ? (
        <Button variant="secondary" disabled={pending} onClick={() => archive(false)}>
          <ArchiveRestore size={16} aria-hidden />
          {t("restore")}
        </Button>
      ) : (
        <Button variant="secondary" disabled={pending} onClick={() => setConfirm(true)}>
          <Archive size={16} aria-hidden />
          {t("archive")}
        </Button>
      )}
      <ConfirmDialog
        open={confirm}
        onOpenChange={setConfirm}
        title={t("archiveTitle", { name: pipeline.name })}
        body={t("archiveBody", { count: pipeline.openDeals })}
        confirmLabel={t("archive")}
        pending={pending}
        onConfirm={() => archive(true)}
      />
    </div>
  );
}
