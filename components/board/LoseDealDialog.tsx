"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import clsx from "clsx";
import { closeDealAction } from "@/lib/actions/deals";
import type { LossReasonOption } from "@/lib/loss-reasons/list-loss-reasons";
import { Dialog } from "@/components/ui/Dialog";
import { Button } from "@/components/ui/Button";

interface LosableDeal {
  id: string;
  title: string;
  version: number;
}

/** Losing a deal always asks why: a reason from the admin's list is required, a note optional. */
export function LoseDealDialog<T extends LosableDeal>(props: {
  card: T | null;
  reasons: LossReasonOption[];
  onClose: () => void;
  onLost: (card: T) => void;
}) {
  const t = useTranslations("lose");
  const tDeal = useTranslations("deal");
  const [reasonId, setReasonId] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const card = props.card;

  const close = () => {
    setError(null);
    props.onClose();
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!card) return;
    if (!reasonId) return setError(t("reasonRequired"));
    start(async () => {
      const result = await closeDealAction({ dealId: card.id, version: card.version, outcome: "LOST", lossReasonId: reasonId, lossNote: note });
      if (!result.ok) return setError(result.error.message);
      toast.success(t("done", { title: card.title }), result.data.closedTasks ? { description: tDeal("tasksClosed", { count: result.data.closedTasks }) } : undefined);
      setReasonId("");
      setNote("");
      setError(null);
      props.onLost(card);
    });
  };

  return (
    <Dialog open={card !== null} onOpenChange={(open) => !open && close()} title={t("title")} description={card?.title} closeLabel={t("cancel")}>
      <form onSubmit={submit} className="space-y-4" noValidate>
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">{t("reason")}</legend>
          <div className="grid gap-1.5" role="radiogroup" aria-required="true">
            {props.reasons.map((r) => (
              <label
                key={r.id}
                className={clsx(
                  "flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-2 text-sm",
                  reasonId === r.id ? "border-red-400 bg-red-50" : "border-slate-200 hover:bg-slate-50",
                )}
              >
                <input type="radio" name="lossReason" value={r.id} checked={reasonId === r.id} onChange={() => setReasonId(r.id)} className="accent-red-600" />
                {r.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="loss-note" className="mb-1 block text-sm font-medium text-slate-700">
            {t("note")}
          </label>
          <textarea
            id="loss-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
            maxLength={2000}
            placeholder={t("notePlaceholder")}
            className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-100 focus:outline-none"
          />
        </div>
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={close}>
            {t("cancel")}
          </Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {t("submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
