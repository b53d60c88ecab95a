"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { sendResetLinkAction, setUserPasswordAction } from "@/lib/actions/accounts";
import { accountErrorCodes } from "@/lib/accounts/error-codes";
import { PASSWORD_MAX } from "@/lib/validation/password";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, inputClass } from "@/components/ui/Field";
import { useAccountErrors } from "@/components/accounts/use-account-errors";
import { useSettingsAction } from "./use-settings-action";
import { deliveryToast } from "./delivery-toast";
import { suggestPassword } from "./suggest-password";

/** Settings → Users → "Password…": email a reset link, or set a password to hand over. */
export function UserPasswordDialog({ user, onClose }: { user: { id: string; name: string; email: string }; onClose: () => void }) {
  const t = useTranslations("accounts.users");
  const ts = useTranslations("settings.users");
  const word = useAccountErrors();
  const [password, setPassword] = useState(suggestPassword);
  const [error, setError] = useState<string | undefined>();
  const { pending, run } = useSettingsAction();
  const fail = (failure: Parameters<typeof accountErrorCodes>[0]) => {
    const codes = accountErrorCodes(failure, { password });
    if (codes.fields.password) setError(word(codes.fields.password));
    else toast.error(word(codes.form ?? "failed"));
  };
  const sendLink = () =>
    run(() => sendResetLinkAction({ id: user.id }), {
      onOk: (result) => {
        onClose();
        deliveryToast(result.delivery, { sent: t("linkSent", { email: user.email }), outbox: t("linkOutbox", { email: user.email }), failed: t("deliveryFailed", { email: user.email }) });
      },
      onError: fail,
    });
  const setIt = (e: React.FormEvent) => {
    e.preventDefault();
    run(() => setUserPasswordAction({ id: user.id, password }), { success: t("passwordSet", { name: user.name }), onOk: onClose, onError: fail });
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("resetTitle", { name: user.name })} description={t("resetBody", { email: user.email })} closeLabel={ts("close")}>
      <div className="space-y-5">
        <Button type="button" variant="secondary" className="w-full" disabled={pending} onClick={sendLink}>
          {t("sendLink")}
        </Button>
        <form onSubmit={setIt} noValidate className="space-y-3 border-t border-slate-200 pt-4">
          <p className="text-sm font-medium text-slate-700">{t("orSet")}</p>
          <Field label={t("newPassword")} htmlFor="user-new-password" error={error}>
            <input id="user-new-password" className={`${inputClass} font-mono`} value={password} onChange={(e) => setPassword(e.target.value)} maxLength={PASSWORD_MAX} autoComplete="off" />
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={onClose}>{ts("cancel")}</Button>
            <Button type="submit" disabled={pending}>{t("setPassword")}</Button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}
