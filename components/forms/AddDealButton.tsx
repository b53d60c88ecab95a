"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import type { PipelineSummary } from "@/lib/pipelines/list-pipelines";
import type { UserSummary } from "@/lib/users/list-users";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { AddDealForm } from "./AddDealForm";

export function AddDealButton(props: { pipelines: PipelineSummary[]; pipelineId: string; users: UserSummary[]; viewer: { id: string; role: string } }) {
  const t = useTranslations("addDeal");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="add-deal">
        <Plus size={16} aria-hidden />
        {t("button")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("title")} closeLabel={t("cancel")}>
        <AddDealForm {...props} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
