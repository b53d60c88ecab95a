"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Plus } from "lucide-react";
import { saveAutomationAction } from "@/lib/actions/automations";
import { draftFrom, emptyStep, inputFrom, type FormDraft, type StepDraft } from "@/lib/automations/form-draft";
import type { AutomationAction, Trigger } from "@/lib/validation/automations";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { ConditionFields } from "./ConditionFields";
import type { AutomationOptions } from "./options";
import { StepEditor } from "./StepEditor";
import { TriggerFields } from "./TriggerFields";
import { useSettingsAction } from "@/components/settings/use-settings-action";

/** The rule editor: name, "when" (trigger), "only if" (conditions), "then" (a chain of steps). */
export function AutomationForm(props: { id?: string; initial: { name: string; active: boolean; trigger: Trigger | null; actions: AutomationAction[] } | null; options: AutomationOptions }) {
  const t = useTranslations("automations.form");
  const router = useRouter();
  const [draft, setDraft] = useState<FormDraft>(() => draftFrom(props.initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { pending, run } = useSettingsAction();
  const set = (patch: Partial<FormDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setStep = (key: string, patch: Partial<StepDraft>) => set({ steps: draft.steps.map((s) => (s.key === key ? { ...s, ...patch } : s)) });
  const moveStep = (index: number, delta: number) => {
    const steps = [...draft.steps];
    const [step] = steps.splice(index, 1);
    steps.splice(index + delta, 0, step);
    set({ steps });
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(() => saveAutomationAction({ id: props.id ?? null, input: inputFrom(draft) }), {
      onOk: ({ id }) => {
        setErrors({});
        toast.success(props.id ? t("saved") : t("created"));
        if (!props.id) router.push(`/settings/automations/${id}`);
      },
      onError: (error) => {
        setErrors(error.fields ?? {});
        toast.error(error.message);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={t("label")}>
      <div className="flex flex-wrap items-end gap-4 rounded-xl border border-slate-200 bg-white p-4">
        <div className="min-w-64 flex-1">
          <Field label={t("name")} htmlFor="automation-name" error={errors.name}>
            <input id="automation-name" className={inputClass} value={draft.name} maxLength={120} onChange={(e) => set({ name: e.target.value })} placeholder={t("namePlaceholder")} />
          </Field>
        </div>
        <div className="flex items-center gap-2 pb-2 text-sm">
          <label className="flex items-center gap-2 font-medium text-slate-700">
            <input type="checkbox" className="h-4 w-4 accent-brand-600" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} aria-describedby="automation-active-hint" />
            {t("active")}
          </label>
          <span id="automation-active-hint" className="text-slate-500">
            {t("activeHint")}
          </span>
        </div>
      </div>
      <TriggerFields draft={draft} set={set} options={props.options} errors={errors} />
      <ConditionFields draft={draft} set={set} options={props.options} errors={errors} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">{t("then")}</legend>
        {errors.actions && <p className="text-sm text-red-700" role="alert">{errors.actions}</p>}
        <ol className="space-y-3">
          {draft.steps.map((step, index) => (
            <StepEditor
              key={step.key}
              step={step}
              index={index}
              count={draft.steps.length}
              set={(patch) => setStep(step.key, patch)}
              move={(delta) => moveStep(index, delta)}
              remove={() => set({ steps: draft.steps.filter((s) => s.key !== step.key) })}
              options={props.options}
              errors={errors}
            />
          ))}
        </ol>
        <Button type="button" variant="secondary" disabled={draft.steps.length >= 10} onClick={() => set({ steps: [...draft.steps, { ...emptyStep("send_email"), delay: "2", unit: "days", onlyIfNoTouch: true }] })}>
          <Plus size={16} aria-hidden />
          {t("addStep")}
        </Button>
      </fieldset>
      <div className="flex gap-2 border-t border-slate-200 pt-4">
        <Button type="submit" disabled={pending} data-testid="save-automation">
          {pending ? t("saving") : props.id ? t("save") : t("create")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push("/settings/automations")}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
