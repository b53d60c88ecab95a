"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { deleteStageAction } from "@/lib/actions/settings";
import type { SettingsStage } from "@/lib/pipelines/list-settings-pipelines";
import { Field, inputClass } from "@/components/ui/Field";
import { ConfirmDialog } from "./ConfirmDialog";
import { useSettingsAction } from "./use-settings-action";

/** Deleting a stage: when it holds deals, choose the stage they move to; says what happens. */
export function DeleteStageDialog(props: { open: boolean; onOpenChange: (open: boolean) => void; stage: SettingsStage; targets: SettingsStage[] }) {
  const t = useTranslations("settings.stages");
  const { stage, targets } = props;
  const holds = stage.openDeals + stage.closedDeals;
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useSettingsAction();
  const confirm = () =>
    run(() => deleteStageAction({ id: stage.id, moveToStageId: holds > 0 ? target : null }), {
      success: t("deleted", { name: stage.name }),
      onOk: () => props.onOpenChange(false),
      onError: (e) => setError(e.fields?.moveToStageId ?? e.message),
    });
  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={(open) => {
        setError(null);
        props.onOpenChange(open);
      }}
      title={t("deleteTitle", { name: stage.name })}
      body={holds > 0 ? t("deleteBodyDeals", { open: stage.openDeals, closed: stage.closedDeals }) : t("deleteBodyEmpty")}
      confirmLabel={t("deleteConfirm")}
      pending={pending}
      confirmDisabled={holds > 0 && !target}
      onConfirm={confirm}
    >
      {holds > 0 ? (
        <div className="mt-4">
          <Field label={t("moveTo")} htmlFor={`move-${stage.id}`} error={error ?? undefined}>
            <select id={`move-${stage.id}`} className={inputClass} value={target} onChange={(e) => setTarget(e.target.value)} data-testid="move-to">
              <option value="">{t("chooseStage")}</option>
              {targets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
      ) : (
        error && (
          <p className="mt-3 text-sm text-red-700" role="alert">
            {error}
          </p>
        )
      )}
    </ConfirmDialog>
  );
}
