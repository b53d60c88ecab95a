"use client";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { ACTION_KINDS } from "@/lib/validation/automations";
import { TEMPLATE_FIELDS } from "@/lib/automations/template";
import type { StepDraft } from "@/lib/automations/form-draft";
import { Field, inputClass } from "@/components/ui/Field";
import type { AutomationOptions } from "./options";
import { StageSelect } from "./StageSelect";

/** One step of the chain: wait, (optionally) check nothing happened, then do one thing. */
export function StepEditor(props: {
  step: StepDraft;
  index: number;
  count: number;
  set: (patch: Partial<StepDraft>) => void;
  move: (delta: number) => void;
  remove: () => void;
  options: AutomationOptions;
  errors: Record<string, string>;
}) {
  const t = useTranslations("automations.form");
  const ta = useTranslations("automations.action");
  const { step, index, set, options } = props;
  const id = (field: string) => `${step.key}-${field}`;
  const err = (field: string) => props.errors[`actions.${index}.${field}`];
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4" data-testid="automation-step">
      <div className="flex flex-wrap items-center gap-2">
        <span className="flex h-6 w-6 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-700">{index + 1}</span>
        <label className="sr-only" htmlFor={id("kind")}>{t("stepKind", { n: index + 1 })}</label>
        <select id={id("kind")} className={`${inputClass} w-auto flex-1`} value={step.kind} onChange={(e) => set({ kind: e.target.value as StepDraft["kind"] })}>
          {ACTION_KINDS.map((k) => <option key={k} value={k}>{ta(`${k}.label`)}</option>)}
        </select>
        <button type="button" className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100 disabled:opacity-40" disabled={index === 0} onClick={() => props.move(-1)} aria-label={t("moveUp", { n: index + 1 })}><ArrowUp size={16} aria-hidden /></button>
        <button type="button" className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100 disabled:opacity-40" disabled={index === props.count - 1} onClick={() => props.move(1)} aria-label={t("moveDown", { n: index + 1 })}><ArrowDown size={16} aria-hidden /></button>
        <button type="button" className="rounded-md p-1.5 text-slate-500 hover:bg-red-50 hover:text-red-700 disabled:opacity-40" disabled={props.count === 1} onClick={props.remove} aria-label={t("removeStep", { n: index + 1 })}><Trash2 size={16} aria-hidden /></button>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-3 text-sm">
        <Field label={index === 0 ? t("waitFirst") : t("waitAfter")} htmlFor={id("delay")} error={err("delayMinutes")}>
          <div className="flex gap-2">
            <input id={id("delay")} type="number" min={0} step="any" className={`${inputClass} w-24`} value={step.delay} onChange={(e) => set({ delay: e.target.value })} />
            <select aria-label={t("unit")} className={`${inputClass} w-32`} value={step.unit} onChange={(e) => set({ unit: e.target.value as StepDraft["unit"] })}>
              <option value="minutes">{t("minutes")}</option>
              <option value="hours">{t("hours")}</option>
              <option value="days">{t("days")}</option>
            </select>
          </div>
        </Field>
        <label className="flex items-center gap-2 pb-2 text-slate-700">
          <input type="checkbox" className="h-4 w-4 accent-brand-600" checked={step.onlyIfNoTouch} onChange={(e) => set({ onlyIfNoTouch: e.target.checked })} />
          {t("onlyIfNoTouch")}
        </label>
      </div>
      <div className="mt-3 grid gap-3">
        {(step.kind === "create_task" || step.kind === "notify_head") && (
          <div className="grid gap-3 sm:grid-cols-[1fr_9rem]">
            <Field label={step.kind === "create_task" ? t("taskTitle") : t("noticeTitle")} htmlFor={id("title")} error={err("title")}>
              <input id={id("title")} className={inputClass} value={step.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} placeholder={step.kind === "create_task" ? t("taskPlaceholder") : t("noticePlaceholder")} />
            </Field>
            {step.kind === "create_task" && (
              <Field label={t("dueInDays")} htmlFor={id("due")} error={err("dueInDays")}>
                <input id={id("due")} type="number" min={0} step="any" className={inputClass} value={step.dueInDays} onChange={(e) => set({ dueInDays: e.target.value })} />
              </Field>
            )}
          </div>
        )}
        {step.kind === "send_email" && (
          <>
            <Field label={t("subject")} htmlFor={id("subject")} error={err("subject")}>
              <input id={id("subject")} className={inputClass} value={step.subject} maxLength={200} onChange={(e) => set({ subject: e.target.value })} placeholder={t("subjectPlaceholder", { name: "{{person.firstName}}", product: "{{product}}" })} />
            </Field>
            <Field label={t("body")} htmlFor={id("body")} error={err("body")}>
              <textarea id={id("body")} rows={5} className={`${inputClass} h-auto py-2`} value={step.body} onChange={(e) => set({ body: e.target.value })} placeholder={t("bodyPlaceholder", { name: "{{person.firstName}}", product: "{{product}}", objection: "{{objection|…}}", owner: "{{owner.name}}" })} />
            </Field>
            <p className="text-xs text-slate-500">
              {t("placeholders")} {TEMPLATE_FIELDS.map((f) => <code key={f} className="mr-1 rounded bg-slate-100 px-1">{`{{${f}}}`}</code>)} {t("fallbackHint", { example: "{{product|…}}" })}
            </p>
          </>
        )}
        {step.kind === "webhook" && (
          <>
            <Field label={t("url")} htmlFor={id("url")} error={err("url")}>
              <input id={id("url")} type="url" className={inputClass} value={step.url} onChange={(e) => set({ url: e.target.value })} placeholder="https://example.com/hooks/voronka" />
            </Field>
            <p className="text-xs text-slate-500">{step.secret ? t("secretShown", { secret: step.secret }) : t("secretNew")}</p>
          </>
        )}
        {step.kind === "move_deal" && (
          <Field label={t("moveTo")} htmlFor={id("stage")} error={err("stageId")}>
            <StageSelect id={id("stage")} value={step.stageId} onChange={(stageId) => set({ stageId })} pipelines={options.pipelines.filter((p) => !p.archived)} invalid={Boolean(err("stageId"))} />
          </Field>
        )}
        {step.kind === "change_owner" && (
          <Field label={t("newOwner")} htmlFor={id("owner")} error={err("ownerId")}>
            <select id={id("owner")} className={inputClass} value={step.ownerId} onChange={(e) => set({ ownerId: e.target.value })}>
              <option value="">{t("chooseUser")}</option>
              {options.users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </Field>
        )}
      </div>
    </li>
  );
}
