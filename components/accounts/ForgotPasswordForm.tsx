"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction, type AccountFormState } from "@/lib/actions/accounts";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { FormMessage } from "./FormMessage";
import { useAccountErrors } from "./use-account-errors";

export function ForgotPasswordForm() {
  const t = useTranslations("accounts.forgot");
  const tf = useTranslations("accounts.fields");
  const word = useAccountErrors();
  const [state, action, pending] = useActionState<AccountFormState, FormData>(requestPasswordResetAction, {});
  if (state.sentTo) {
    return (
      <div className="mt-5">
        <FormMessage tone="notice" testId="reset-requested">
          {t("sent", { email: state.sentTo })}
        </FormMessage>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="mt-5 space-y-4">
      <Field label={tf("email")} htmlFor="forgot-email" error={word(state.fields?.email)}>
        <input id="forgot-email" name="email" type="email" autoComplete="username" required maxLength={200} className={inputClass} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
