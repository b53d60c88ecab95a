"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction, type AccountFormState } from "@/lib/actions/accounts";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { FormMessage } from "./FormMessage";
import { PasswordFields } from "./PasswordFields";
import { useAccountErrors } from "./use-account-errors";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("accounts");
  const word = useAccountErrors();
  const [state, action, pending] = useActionState<AccountFormState, FormData>(changePasswordAction, {});
  const fields = state.fields ?? {};
  return (
    <form action={action} noValidate className="max-w-sm space-y-4">
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label={t("fields.currentPassword")} htmlFor="current-password" error={word(fields.currentPassword)}>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      <PasswordFields idPrefix="new" name="newPassword" label={t("fields.newPassword")} errors={{ password: word(fields.newPassword), confirm: word(fields.confirm) }} />
      {state.error && <FormMessage tone="error">{word(state.error)}</FormMessage>}
      <Button type="submit" disabled={pending}>
        {pending ? t("account.submitting") : t("account.submit")}
      </Button>
    </form>
  );
}
