"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActiveSources } from "@/components/sources/SourceLabels";
import { toast } from "sonner";
import { createDealAction } from "@/lib/actions/deals";
import type { PipelineSummary } from "@/lib/pipelines/list-pipelines";
import type { UserSummary } from "@/lib/users/list-users";
import { CURRENCIES } from "@/lib/validation/deals";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { PersonPicker, type PickedPerson } from "./PersonPicker";

export function AddDealForm(props: {
  pipelines: PipelineSummary[];
  pipelineId: string;
  users: UserSummary[];
  viewer: { id: string; role: string };
  onDone: () => void;
}) {
  const t = useTranslations("addDeal");
  const sources = useActiveSources();
  const router = useRouter();
  const pipeline = props.pipelines.find((p) => p.id === props.pipelineId) ?? props.pipelines[0];
  const [form, setForm] = useState({
    title: "",
    value: "",
    currency: pipeline?.currency ?? "RUB",
    stageId: pipeline?.stages[0]?.id ?? "",
    ownerId: props.viewer.id,
    expectedCloseAt: "",
    source: "",
  });
  const [person, setPerson] = useState<PickedPerson>({ mode: "new", name: "", email: "", phone: "", company: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const newPerson = person.mode === "new" && person.name.trim() ? { name: person.name, email: person.email, phone: person.phone, company: person.company } : null;
      const result = await createDealAction({
        title: form.title,
        value: form.value,
        currency: form.currency as (typeof CURRENCIES)[number],
        pipelineId: pipeline.id,
        stageId: form.stageId,
        ownerId: form.ownerId,
        personId: person.mode === "existing" ? person.id : null,
        newPerson,
        expectedCloseAt: form.expectedCloseAt || null,
        source: form.source || null,
      });
      if (!result.ok) {
        setErrors(result.error.fields ?? {});
        setFormError(result.error.message);
        return;
      }
      toast.success(t("created", { title: form.title }));
      router.refresh();
      props.onDone();
    });
  };

  const manager = props.viewer.role !== "REP";
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <Field label={t("dealTitle")} htmlFor="deal-title" error={errors.title}>
        <input id="deal-title" value={form.title} onChange={set("title")} className={inputClass} required autoFocus />
      </Field>
      <PersonPicker value={person} onChange={setPerson} errors={errors} />
      <div className="grid grid-cols-[1fr_6rem] gap-2">
        <Field label={t("value")} htmlFor="deal-value" error={errors.value}>
          <input id="deal-value" inputMode="decimal" value={form.value} onChange={set("value")} className={inputClass} placeholder="0" />
        </Field>
        <Field label={t("currency")} htmlFor="deal-currency">
          <select id="deal-currency" value={form.currency} onChange={set("currency")} className={inputClass}>
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <Field label={t("stage")} htmlFor="deal-stage" error={errors.stageId}>
          <select id="deal-stage" value={form.stageId} onChange={set("stageId")} className={inputClass}>
            {pipeline?.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("expectedClose")} htmlFor="deal-close" error={errors.expectedCloseAt}>
          <input id="deal-close" type="date" value={form.expectedCloseAt} onChange={set("expectedCloseAt")} className={inputClass} />
        </Field>
      </div>
      <div className="grid grid-cols-2 gap-2">
        {manager && (
          <Field label={t("owner")} htmlFor="deal-owner" error={errors.ownerId}>
            <select id="deal-owner" value={form.ownerId} onChange={set("ownerId")} className={inputClass}>
              {props.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t("source")} htmlFor="deal-source">
          <select id="deal-source" value={form.source} onChange={set("source")} className={inputClass}>
            <option value="">—</option>
            {sources.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {formError}
        </p>
      )}
      <div className="flex justify-end gap-2 pt-1">
        <Button type="button" variant="secondary" onClick={props.onDone}>
          {t("cancel")}
        </Button>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
