"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createFirstAdminAction, type AccountFormState } from "@/lib/actions/accounts";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { FormMessage } from "./FormMessage";
import { PasswordFields } from "./PasswordFields";
import { useAccountErrors } from "./use-account-errors";

export function FirstAdminForm() {
  const t = useTranslations("accounts");
  const word = useAccountErrors();
  const locale = useLocale();
  const [state, action, pending] = useActionState<AccountFormState, FormData>(createFirstAdminAction, {});
  const fields = state.fields ?? {};
  return (
    <form action={action} noValidate className="mt-5 space-y-4">
      <Field label={t("fields.name")} htmlFor="setup-name" error={word(fields.name)}>
        <input id="setup-name" name="name" autoComplete="name" required maxLength={120} defaultValue={state.values?.name} className={inputClass} />
      </Field>
      <Field label={t("fields.email")} htmlFor="setup-email" error={word(fields.email)}>
        <input id="setup-email" name="email" type="email" autoComplete="username" required maxLength={200} defaultValue={state.values?.email} className={inputClass} />
      </Field>
      <PasswordFields idPrefix="setup" errors={{ password: word(fields.password), confirm: word(fields.confirm) }} />
      <Field label={t("fields.language")} htmlFor="setup-locale">
        <select id="setup-locale" name="locale" defaultValue={state.values?.locale ?? locale} className={inputClass}>
          <option value="ru">Русский</option>
          <option value="en">English</option>
        </select>
      </Field>
      {state.error && <FormMessage tone="error">{word(state.error)}</FormMessage>}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("setup.submitting") : t("setup.submit")}
      </Button>
    </form>
  );
}
