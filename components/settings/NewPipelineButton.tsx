"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { createPipelineAction } from "@/lib/actions/settings";
import { CURRENCIES } from "@/lib/validation/settings";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, inputClass } from "@/components/ui/Field";
import { useSettingsAction } from "./use-settings-action";

/** "+ Pipeline": name, currency and the first stage's name; opens the new pipeline's tab. */
export function NewPipelineButton() {
  const t = useTranslations("settings.pipelines");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { pending, run } = useSettingsAction();

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = { name: String(form.get("name")), currency: String(form.get("currency")) as (typeof CURRENCIES)[number], firstStageName: String(form.get("firstStageName")) };
    run(() => createPipelineAction(input), {
      success: t("created"),
      onOk: ({ id }) => {
        setOpen(false);
        router.push(`/settings/pipelines?pipeline=${id}`);
      },
      onError: (error) => setErrors(error.fields ?? { name: error.message }),
    });
  };

  return (
    <>
      <Button variant="secondary" onClick={() => { setErrors({}); setOpen(true); }}>
        <Plus size={16} aria-hidden />
        {t("new")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("newTitle")} description={t("newBody")} closeLabel={t("close")}>
        <form onSubmit={submit} noValidate className="space-y-4">
          <Field label={t("name")} htmlFor="pipeline-name" error={errors.name}>
            <input id="pipeline-name" name="name" className={inputClass} maxLength={80} required autoFocus />
          </Field>
          <Field label={t("currency")} htmlFor="pipeline-currency" error={errors.currency}>
            <select id="pipeline-currency" name="currency" className={inputClass} defaultValue="RUB">
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </Field>
          <Field label={t("firstStage")} htmlFor="pipeline-first-stage" error={errors.firstStageName}>
            <input id="pipeline-first-stage" name="firstStageName" className={inputClass} maxLength={80} defaultValue={t("firstStageDefault")} required />
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {t("create")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
