"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { revokeApiKeyAction } from "@/lib/actions/api-keys";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";

/** Revoke asks first and says what happens: senders using the key get 401 from now on. */
export function ApiKeyRevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("events.apiKeys");
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const revoke = () =>
    start(async () => {
      const result = await revokeApiKeyAction({ id });
      if (!result.ok) return setError(result.error.message);
      setOpen(false);
      toast.success(t("revokedToast", { name }));
    });

  return (
    <>
      <Button type="button" variant="ghost" size="sm" className="text-red-700 hover:bg-red-50" onClick={() => setOpen(true)} aria-label={t("revokeNamed", { name })}>
        {t("revoke")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("revokeTitle", { name })} description={t("revokeBody")} closeLabel={t("cancel")}>
        {error && (
          <p className="mb-3 text-sm text-red-600" role="alert">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
          <Button type="button" variant="danger" onClick={revoke} disabled={pending}>
            {pending ? t("revoking") : t("revokeConfirm")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
