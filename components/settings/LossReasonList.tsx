"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { reorderLossReasonsAction } from "@/lib/actions/settings";
import type { SettingsLossReason } from "@/lib/loss-reasons/list-settings-loss-reasons";
import { restrictToVerticalAxis } from "./restrict-vertical";
import { LossReasonRow } from "./LossReasonRow";
import { useSortAnnouncements } from "./use-sort-announcements";
import { useSettingsAction } from "./use-settings-action";

/** Loss reasons in the order reps see them; drag to reorder, archived ones stay listed (greyed). */
export function LossReasonList({ reasons }: { reasons: SettingsLossReason[] }) {
  const t = useTranslations("settings.lossReasons");
  const [order, setOrder] = useState(reasons.map((r) => r.id));
  const [seen, setSeen] = useState(reasons);
  if (seen !== reasons) {
    setSeen(reasons);
    setOrder(reasons.map((r) => r.id));
  }
  const { run } = useSettingsAction();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const byId = new Map(reasons.map((r) => [r.id, r]));
  const accessibility = useSortAnnouncements({ nameOf: (id) => byId.get(String(id))?.label ?? "", positionOf: (id) => order.indexOf(String(id)) + 1, total: order.length });
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const previous = order;
    const next = arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id)));
    setOrder(next);
    run(() => reorderLossReasonsAction({ ids: next }), {
      onError: (error) => {
        setOrder(previous);
        toast.error(error.message);
      },
    });
  };
  if (reasons.length === 0) return <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">{t("empty")}</p>;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} modifiers={[restrictToVerticalAxis]} accessibility={accessibility}>
      <SortableContext items={order} strategy={verticalListSortingStrategy}>
        <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-label={t("listLabel")} data-testid="loss-reason-list">
          {order.map((id, index) => {
            const reason = byId.get(id);
            return reason ? <LossReasonRow key={id} reason={reason} index={index} /> : null;
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
