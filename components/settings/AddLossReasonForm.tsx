"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { createLossReasonAction } from "@/lib/actions/settings";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { useSettingsAction } from "./use-settings-action";

export function AddLossReasonForm() {
  const t = useTranslations("settings.lossReasons");
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useSettingsAction();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(() => createLossReasonAction({ label }), {
      success: t("added", { name: label.trim() }),
      onOk: () => {
        setLabel("");
        setError(null);
      },
      onError: (err) => setError(err.fields?.label ?? err.message),
    });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-3 rounded-xl border border-dashed border-slate-300 bg-slate-50/60 p-4">
      <div className="min-w-64 flex-1">
        <Field label={t("newLabel")} htmlFor="new-loss-reason" error={error ?? undefined}>
          <input id="new-loss-reason" className={inputClass} value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} placeholder={t("newPlaceholder")} />
        </Field>
      </div>
      <Button type="submit" className="mt-6" disabled={pending}>
        <Plus size={16} aria-hidden />
        {t("add")}
      </Button>
    </form>
  );
}
