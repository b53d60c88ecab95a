"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Mail } from "lucide-react";
import { inviteUserAction } from "@/lib/actions/accounts";
import { accountErrorCodes, type AccountErrorCode } from "@/lib/accounts/error-codes";
import { ROLES } from "@/lib/validation/settings";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { useAccountErrors } from "@/components/accounts/use-account-errors";
import { useSettingsAction } from "./use-settings-action";
import { deliveryToast } from "./delivery-toast";
import { UserIdentityFields } from "./UserIdentityFields";

/** Settings → Users: invite a team member by email (they choose their own password). */
export function InviteUserButton() {
  const t = useTranslations("accounts.users");
  const ts = useTranslations("settings.users");
  const word = useAccountErrors();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<{ form?: AccountErrorCode; fields: Record<string, AccountErrorCode> }>({ fields: {} });
  const { pending, run } = useSettingsAction();
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = { name: String(f.get("name")), email: String(f.get("email")), role: String(f.get("role")) as (typeof ROLES)[number], locale: String(f.get("locale")) as "en" | "ru" };
    run(() => inviteUserAction(input), {
      onOk: (result) => {
        setOpen(false);
        deliveryToast(result.delivery, { sent: t("invited", { email: result.email }), outbox: t("invitedOutbox", { email: result.email }), failed: t("deliveryFailed", { email: result.email }) });
      },
      onError: (error) => {
        const codes = accountErrorCodes(error);
        setErrors(codes);
        if (codes.form) toast.error(word(codes.form));
      },
    });
  };
  return (
    <>
      <Button onClick={() => { setErrors({ fields: {} }); setOpen(true); }}>
        <Mail size={16} aria-hidden />
        {t("invite")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("inviteTitle")} description={t("inviteBody")} closeLabel={ts("close")}>
        <form onSubmit={submit} noValidate className="space-y-3">
          <UserIdentityFields idPrefix="invite" errors={{ name: word(errors.fields.name), email: word(errors.fields.email) }} />
          <div className="flex justify-end gap-2 pt-2">
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>{ts("cancel")}</Button>
            <Button type="submit" disabled={pending}>{t("inviteSubmit")}</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
