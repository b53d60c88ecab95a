"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { UserPlus } from "lucide-react";
import { createUserAction } from "@/lib/actions/settings";
import { ROLES } from "@/lib/validation/settings";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, inputClass } from "@/components/ui/Field";
import { useSettingsAction } from "./use-settings-action";
import { accountErrorCodes } from "@/lib/accounts/error-codes";
import { useAccountErrors } from "@/components/accounts/use-account-errors";
import { suggestPassword } from "./suggest-password";
import { UserIdentityFields } from "./UserIdentityFields";

export function NewUserButton() {
  const t = useTranslations("settings.users");
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const word = useAccountErrors();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { pending, run } = useSettingsAction();
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = { name: String(f.get("name")), email: String(f.get("email")), role: String(f.get("role")) as (typeof ROLES)[number], password, locale: String(f.get("locale")) as "en" | "ru" };
    run(() => createUserAction(input), { success: t("created", { name: input.name.trim() }), onOk: () => setOpen(false), onError: (err) => {
      // Worded in the user's language from the error's reason and fields (lib/accounts/error-codes.ts).
      const codes = accountErrorCodes(err, { password });
      setErrors({ ...Object.fromEntries(Object.entries(codes.fields).map(([field, code]) => [field, word(code) ?? ""])), ...(codes.form ? { _: word(codes.form) ?? "" } : {}) });
    } });
  };
  return (
    <>
      <Button variant="secondary" onClick={() => { setErrors({}); setPassword(suggestPassword()); setOpen(true); }}>
        <UserPlus size={16} aria-hidden />
        {t("new")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("newTitle")} description={t("newBody")} closeLabel={t("close")}>
        <form onSubmit={submit} noValidate className="space-y-3">
          <UserIdentityFields idPrefix="user" errors={errors} />
          <Field label={t("password")} htmlFor="user-password" error={errors.password}>
            <input id="user-password" className={`${inputClass} font-mono`} value={password} onChange={(e) => setPassword(e.target.value)} maxLength={200} />
          </Field>
          <p className="text-xs text-slate-500">{t("passwordHint")}</p>
          {errors._ && <p className="text-sm text-red-700" role="alert">{errors._}</p>}
          <div className="flex justify-end gap-2 pt-2">
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>{t("cancel")}</Button>
            <Button type="submit" disabled={pending}>{t("create")}</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
