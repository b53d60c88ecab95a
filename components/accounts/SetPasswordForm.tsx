"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setPasswordWithTokenAction, type AccountFormState } from "@/lib/actions/accounts";
import { Button } from "@/components/ui/Button";
import { FormMessage } from "./FormMessage";
import { PasswordFields } from "./PasswordFields";
import { useAccountErrors } from "./use-account-errors";

/** The form behind an invitation or reset link; the email it is for is shown, not editable. */
export function SetPasswordForm({ token, kind, email }: { token: string; kind: "INVITE" | "RESET"; email: string }) {
  const t = useTranslations("accounts.setPassword");
  const tf = useTranslations("accounts.fields");
  const word = useAccountErrors();
  const [state, action, pending] = useActionState<AccountFormState, FormData>(setPasswordWithTokenAction, {});
  const fields = state.fields ?? {};
  return (
    <form action={action} noValidate className="mt-5 space-y-4">
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordFields idPrefix="set" label={tf("newPassword")} errors={{ password: word(fields.password), confirm: word(fields.confirm) }} />
      {state.error && <FormMessage tone="error">{word(state.error)}</FormMessage>}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : kind === "INVITE" ? t("submitInvite") : t("submitReset")}
      </Button>
    </form>
  );
}
