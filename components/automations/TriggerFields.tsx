"use client";
import { useTranslations } from "next-intl";
import { TRIGGER_KINDS } from "@/lib/validation/automations";
import type { FormDraft } from "@/lib/automations/form-draft";
import { Field, inputClass } from "@/components/ui/Field";
import type { AutomationOptions } from "./options";
import { StageSelect } from "./StageSelect";
import { eventTypeLabel } from "@/lib/i18n/event-type-label";

/** "When…": the trigger kind and its own fields. */
export function TriggerFields(props: { draft: FormDraft; set: (patch: Partial<FormDraft>) => void; options: AutomationOptions; errors: Record<string, string> }) {
  const t = useTranslations("automations.form");
  const tk = useTranslations("automations.trigger");
  const tl = useTranslations("timeline");
  const { draft, set, options, errors } = props;
  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold">{t("when")}</legend>
      <Field label={t("triggerKind")} htmlFor="trigger-kind">
        <select id="trigger-kind" className={inputClass} value={draft.kind} onChange={(e) => set({ kind: e.target.value as FormDraft["kind"] })}>
          {TRIGGER_KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(`${k}.label`)}
            </option>
          ))}
        </select>
      </Field>
      <p className="text-xs text-slate-500">{tk(`${draft.kind}.hint`)}</p>
      {(draft.kind === "stage_entered" || draft.kind === "idle") && (
        <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
          <Field label={t("stage")} htmlFor="trigger-stage" error={errors["trigger.stageId"]}>
            <StageSelect id="trigger-stage" value={draft.stageId} onChange={(stageId) => set({ stageId })} pipelines={options.pipelines} invalid={Boolean(errors["trigger.stageId"])} />
          </Field>
          {draft.kind === "idle" && (
            <Field label={t("idleDays")} htmlFor="trigger-days" error={errors["trigger.days"]}>
              <input id="trigger-days" type="number" min={0.01} step="any" className={inputClass} value={draft.days} onChange={(e) => set({ days: e.target.value })} />
            </Field>
          )}
        </div>
      )}
      {draft.kind === "event" && (
        <Field label={t("eventType")} htmlFor="trigger-event" error={errors["trigger.eventType"]}>
          <input id="trigger-event" list="event-types" className={inputClass} value={draft.eventType} onChange={(e) => set({ eventType: e.target.value })} />
          <datalist id="event-types">
            {options.eventTypes.map((type) => (
              <option key={type} value={type}>{eventTypeLabel(tl, type)}</option>
            ))}
          </datalist>
          {draft.eventType && eventTypeLabel(tl, draft.eventType) !== draft.eventType && (
            <span className="mt-1 block text-xs text-slate-500" data-testid="trigger-event-label">{eventTypeLabel(tl, draft.eventType)}</span>
          )}
        </Field>
      )}
      {draft.kind === "deal_lost" && (
        <Field label={t("lossReason")} htmlFor="trigger-reason" error={errors["trigger.lossReasonId"]}>
          <select id="trigger-reason" className={inputClass} value={draft.lossReasonId} onChange={(e) => set({ lossReasonId: e.target.value })}>
            <option value="">{t("anyReason")}</option>
            {options.lossReasons.map((r) => (
              <option key={r.id} value={r.id}>
                {r.active ? r.label : `${r.label} (${t("archived")})`}
              </option>
            ))}
          </select>
        </Field>
      )}
    </fieldset>
  );
}
