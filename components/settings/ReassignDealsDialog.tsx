"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { reassignOpenDealsAction } from "@/lib/actions/settings";
import { Field, inputClass } from "@/components/ui/Field";
import { ConfirmDialog } from "./ConfirmDialog";
import { useSettingsAction } from "./use-settings-action";

/** "Reassign all open deals to…": the deals and their open tasks go to one active user. */
export function ReassignDealsDialog(props: { from: { id: string; name: string; openDeals: number }; candidates: { id: string; name: string }[]; onClose: () => void }) {
  const t = useTranslations("settings.users");
  const [to, setTo] = useState("");
  const { pending, run } = useSettingsAction();
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={t("reassignTitle", { name: props.from.name })}
      body={t("reassignBody", { count: props.from.openDeals })}
      confirmLabel={t("reassignConfirm")}
      confirmDisabled={!to}
      pending={pending}
      onConfirm={() =>
        run(() => reassignOpenDealsAction({ fromUserId: props.from.id, toUserId: to }), {
          onOk: (result) => {
            props.onClose();
            toast.success(t("reassigned", { deals: result.deals, tasks: result.tasks }));
          },
        })
      }
    >
      <div className="mt-4">
        <Field label={t("reassignTo")} htmlFor="reassign-to">
          <select id="reassign-to" className={inputClass} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t("chooseUser")}</option>
            {props.candidates.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </Field>
      </div>
    </ConfirmDialog>
  );
}
