"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { closeDealAction, reopenDealAction } from "@/lib/actions/deals";
import type { LossReasonOption } from "@/lib/loss-reasons/list-loss-reasons";
import { Button } from "@/components/ui/Button";
import { LoseDealDialog } from "@/components/board/LoseDealDialog";

export function DealActions(props: {
  deal: { id: string; title: string; version: number; status: "OPEN" | "WON" | "LOST" };
  canEdit: boolean;
  reasons: LossReasonOption[];
}) {
  const t = useTranslations("deal");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [losing, setLosing] = useState(false);
  const { deal } = props;
  if (!props.canEdit) return null;

  const run = (action: () => ReturnType<typeof closeDealAction> | ReturnType<typeof reopenDealAction>, success: string) =>
    start(async () => {
      const result = await action();
      if (result.ok) {
        const closed = "closedTasks" in result.data ? result.data.closedTasks : 0;
        toast.success(success, closed ? { description: t("tasksClosed", { count: closed }) } : undefined);
        router.refresh();
      } else toast.error(result.error.message);
    });

  if (deal.status !== "OPEN") {
    return (
      <Button variant="secondary" disabled={pending} onClick={() => run(() => reopenDealAction({ dealId: deal.id, version: deal.version }), t("reopened"))}>
        {t("reopen")}
      </Button>
    );
  }
  return (
    <div className="flex gap-2">
      <Button variant="success" disabled={pending} onClick={() => run(() => closeDealAction({ dealId: deal.id, version: deal.version, outcome: "WON" }), t("markedWon"))}>
        {t("won")}
      </Button>
      <Button variant="danger" disabled={pending} onClick={() => setLosing(true)}>
        {t("lost")}
      </Button>
      <LoseDealDialog
        card={losing ? deal : null}
        reasons={props.reasons}
        onClose={() => setLosing(false)}
        onLost={() => {
          setLosing(false);
          router.refresh();
        }}
      />
    </div>
  );
}
