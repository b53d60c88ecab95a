"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction, type SignInState } from "@/lib/actions/auth";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";

export function SignInForm({ next, initialEmail }: { next: string; initialEmail?: string }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="mt-5 space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field label={t("email")} htmlFor="email">
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email ?? initialEmail} className={inputClass} />
      </Field>
      <Field label={t("password")} htmlFor="password">
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      {state.error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {signInError(t, state)}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("submit")}
      </Button>
    </form>
  );
}

function signInError(t: ReturnType<typeof useTranslations<"signIn">>, state: SignInState): string {
  if (state.error === "rate_limited") {
    const seconds = state.retryAfterSeconds ?? 60;
    return seconds < 60 ? t("errors.rate_limited_seconds", { seconds }) : t("errors.rate_limited", { minutes: Math.ceil(seconds / 60) });
  }
  return t(`errors.${state.error ?? "invalid"}`);
}
