"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { deleteAutomationAction } from "@/lib/actions/automations";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/settings/ConfirmDialog";
import { useSettingsAction } from "@/components/settings/use-settings-action";

export function DeleteAutomationButton({ id, name, runs }: { id: string; name: string; runs: number }) {
  const t = useTranslations("automations");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, run } = useSettingsAction();
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Trash2 size={16} aria-hidden />
        {t("delete")}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t("deleteTitle", { name })}
        body={t("deleteBody", { count: runs })}
        confirmLabel={t("delete")}
        pending={pending}
        onConfirm={() => run(() => deleteAutomationAction({ id }), { success: t("deleted", { name }), onOk: () => router.push("/settings/automations") })}
      />
    </>
  );
}
