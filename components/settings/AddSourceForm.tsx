"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { createSourceAction } from "@/lib/actions/sources";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { useSettingsAction } from "./use-settings-action";

const EMPTY = { code: "", labelEn: "", labelRu: "" };

export function AddSourceForm() {
  const t = useTranslations("settings.sources");
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { pending, run } = useSettingsAction();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(() => createSourceAction(form), {
      success: t("added", { name: form.labelEn.trim() || form.code }),
      onOk: () => {
        setForm(EMPTY);
        setErrors({});
      },
      onError: (err) => setErrors(err.fields ?? { code: err.message }),
    });
  };
  const input = (key: keyof typeof EMPTY, label: string, placeholder?: string) => (
    <div className="min-w-48 flex-1">
      <Field label={label} htmlFor={`new-source-${key}`} error={errors[key]}>
        <input id={`new-source-${key}`} className={inputClass} value={form[key]} maxLength={80} placeholder={placeholder} onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} />
      </Field>
    </div>
  );
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-3 rounded-xl border border-dashed border-slate-300 bg-slate-50/60 p-4">
      {input("code", t("newCode"), t("newCodeHint"))}
      {input("labelEn", t("labelEn"))}
      {input("labelRu", t("labelRu"))}
      <Button type="submit" className="mt-6" disabled={pending}>
        <Plus size={16} aria-hidden />
        {t("add")}
      </Button>
    </form>
  );
}
