"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { addStageAction } from "@/lib/actions/settings";
import { STAGE_COLORS } from "@/lib/validation/settings";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { useSettingsAction } from "./use-settings-action";

/** Adds a stage at the end of the pipeline. */
export function AddStageForm({ pipelineId, count }: { pipelineId: string; count: number }) {
  const t = useTranslations("settings.stages");
  const [name, setName] = useState("");
  const [probability, setProbability] = useState("50");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { pending, run } = useSettingsAction();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(() => addStageAction({ pipelineId, name, probability: Number(probability), color: STAGE_COLORS[count % STAGE_COLORS.length] }), {
      success: t("added", { name: name.trim() }),
      onOk: () => {
        setName("");
        setErrors({});
      },
      onError: (error) => setErrors(error.fields ?? { name: error.message }),
    });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-3 rounded-xl border border-dashed border-slate-300 bg-slate-50/60 p-4">
      <div className="min-w-56 flex-1">
        <Field label={t("newName")} htmlFor="new-stage-name" error={errors.name}>
          <input id="new-stage-name" className={inputClass} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} placeholder={t("newPlaceholder")} />
        </Field>
      </div>
      <div className="w-36">
        <Field label={t("probabilityShort")} htmlFor="new-stage-probability" error={errors.probability}>
          <input id="new-stage-probability" type="number" min={0} max={100} className={inputClass} value={probability} onChange={(e) => setProbability(e.target.value)} />
        </Field>
      </div>
      <Button type="submit" className="mt-6" disabled={pending}>
        <Plus size={16} aria-hidden />
        {t("add")}
      </Button>
    </form>
  );
}
