"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";

/** A destructive action's confirmation: says what happens to the data, then asks. */
export function ConfirmDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  body: string;
  confirmLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  children?: ReactNode;
  confirmDisabled?: boolean;
}) {
  const t = useTranslations("settings");
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title={props.title} closeLabel={t("close")}>
      <p className="text-sm text-slate-700">{props.body}</p>
      {props.children}
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="ghost" onClick={() => props.onOpenChange(false)}>
          {t("cancel")}
        </Button>
        <Button variant="danger" disabled={props.pending || props.confirmDisabled} onClick={props.onConfirm} data-testid="confirm">
          {props.confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
