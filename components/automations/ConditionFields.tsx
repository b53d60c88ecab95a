"use client";
import { useTranslations } from "next-intl";
import type { FormDraft } from "@/lib/automations/form-draft";
import { Field, inputClass } from "@/components/ui/Field";
import type { AutomationOptions } from "./options";
import { useActiveSources, useSourceLabel } from "@/components/sources/SourceLabels";

/** "Only if…": optional filters on the deal and person, all of which must hold. */
export function ConditionFields(props: { draft: FormDraft; set: (patch: Partial<FormDraft>) => void; options: AutomationOptions; errors: Record<string, string> }) {
  const t = useTranslations("automations.form");
  const tt = useTranslations("automations.temperature");
  const sources = useActiveSources();
  const sourceName = useSourceLabel();
  const { draft, options, errors } = props;
  const c = draft.conditions;
  const set = (patch: Partial<FormDraft["conditions"]>) => props.set({ conditions: { ...c, ...patch } });
  const count = Object.values(c).filter(Boolean).length;
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4" open={count > 0}>
      <summary className="cursor-pointer text-sm font-semibold">
        {t("conditions")} {count > 0 && <span className="ml-1 rounded-full bg-brand-50 px-2 text-xs text-brand-700">{count}</span>}
      </summary>
      <p className="mt-1 text-xs text-slate-500">{t("conditionsHint")}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Field label={t("pipeline")} htmlFor="cond-pipeline" error={errors["trigger.conditions.pipelineId"]}>
          <select id="cond-pipeline" className={inputClass} value={c.pipelineId} onChange={(e) => set({ pipelineId: e.target.value })}>
            <option value="">{t("any")}</option>
            {options.pipelines.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </Field>
        <Field label={t("owner")} htmlFor="cond-owner" error={errors["trigger.conditions.ownerId"]}>
          <select id="cond-owner" className={inputClass} value={c.ownerId} onChange={(e) => set({ ownerId: e.target.value })}>
            <option value="">{t("any")}</option>
            {options.users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </Field>
        <Field label={t("minValue")} htmlFor="cond-value" error={errors["trigger.conditions.minValue"]}>
          <input id="cond-value" type="number" min={0} step="any" className={inputClass} value={c.minValue} onChange={(e) => set({ minValue: e.target.value })} />
        </Field>
        <Field label={t("source")} htmlFor="cond-source" error={errors["trigger.conditions.source"]}>
          <select id="cond-source" className={inputClass} value={c.source} onChange={(e) => set({ source: e.target.value })}>
            <option value="">{t("any")}</option>
            {sources.map((s) => <option key={s.code} value={s.code}>{s.label}</option>)}
            {c.source && !sources.some((s) => s.code === c.source) && <option value={c.source}>{sourceName(c.source)}</option>}
          </select>
        </Field>
        <Field label={t("temperature")} htmlFor="cond-temp">
          <select id="cond-temp" className={inputClass} value={c.temperature} onChange={(e) => set({ temperature: e.target.value })}>
            <option value="">{t("any")}</option>
            {(["COLD", "WARM", "HOT"] as const).map((k) => <option key={k} value={k}>{tt(k)}</option>)}
          </select>
        </Field>
      </div>
    </details>
  );
}
