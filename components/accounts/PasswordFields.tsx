"use client";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/Field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/password";

/** New password + repeat, with the one password rule as a hint. Field names: `name` and "confirm". */
export function PasswordFields({ name = "password", label, errors, idPrefix }: { name?: string; label?: string; errors: { password?: string; confirm?: string }; idPrefix: string }) {
  const t = useTranslations("accounts.fields");
  return (
    <>
      <Field label={label ?? t("password")} htmlFor={`${idPrefix}-password`} error={errors.password}>
        <input id={`${idPrefix}-password`} name={name} type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} maxLength={PASSWORD_MAX} aria-describedby={`${idPrefix}-password-hint`} className={inputClass} />
      </Field>
      <p id={`${idPrefix}-password-hint`} className="-mt-2 text-xs text-slate-500">
        {t("passwordHint", { min: PASSWORD_MIN })}
      </p>
      <Field label={t("confirmPassword")} htmlFor={`${idPrefix}-confirm`} error={errors.confirm}>
        <input id={`${idPrefix}-confirm`} name="confirm" type="password" autoComplete="new-password" required maxLength={PASSWORD_MAX} className={inputClass} />
      </Field>
    </>
  );
}
