"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { restrictToVerticalAxis } from "./restrict-vertical";
import { reorderStagesAction } from "@/lib/actions/settings";
import type { SettingsStage } from "@/lib/pipelines/list-settings-pipelines";
import { StageRow } from "./StageRow";
import { useSortAnnouncements } from "./use-sort-announcements";
import { useSettingsAction } from "./use-settings-action";

/**
 * A pipeline's stages in order: drag a handle (mouse, touch, or Space + arrows + Space) to
 * reorder; name, probability, rotting days and color are edited in place.
 */
export function StageList({ pipelineId, stages }: { pipelineId: string; stages: SettingsStage[] }) {
  const t = useTranslations("settings.stages");
  const [order, setOrder] = useState(stages.map((s) => s.id));
  const [seen, setSeen] = useState(stages);
  // New stages from the server (added, deleted, reordered elsewhere) replace the local order.
  if (seen !== stages) {
    setSeen(stages);
    setOrder(stages.map((s) => s.id));
  }
  const { run } = useSettingsAction();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const byId = new Map(stages.map((s) => [s.id, s]));
  const nameOf = (id: string | number) => byId.get(String(id))?.name ?? "";
  const accessibility = useSortAnnouncements({ nameOf, positionOf: (id) => order.indexOf(String(id)) + 1, total: order.length });

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const previous = order;
    const next = arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id)));
    setOrder(next);
    run(() => reorderStagesAction({ pipelineId, ids: next }), {
      onError: (error) => {
        setOrder(previous);
        toast.error(error.message);
      },
    });
  };

  if (stages.length === 0) return <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">{t("empty")}</p>;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} modifiers={[restrictToVerticalAxis]} accessibility={accessibility}>
      <SortableContext items={order} strategy={verticalListSortingStrategy}>
        <div className="rounded-xl border border-slate-200 bg-white">
        <div className="hidden items-center gap-3 border-b border-slate-100 px-3 py-2 text-xs font-medium tracking-wide text-slate-500 uppercase sm:flex" aria-hidden>
          <span className="w-[3.25rem]" />
          <span className="flex-1">{t("name")}</span>
          <span className="w-[6.25rem]">{t("probabilityHead")}</span>
          <span className="w-[7.5rem]">{t("rottingShort")}</span>
          <span className="w-10">{t("colorShort")}</span>
          <span className="w-20 text-right">{t("dealsShort")}</span>
          <span className="w-7" />
        </div>
        <ol className="divide-y divide-slate-100" aria-label={t("listLabel")} data-testid="stage-list">
          {order.map((id, index) => {
            const stage = byId.get(id);
            return stage ? <StageRow key={id} stage={stage} index={index} siblings={stages.filter((s) => s.id !== id)} /> : null;
          })}
        </ol>
        </div>
      </SortableContext>
    </DndContext>
  );
}
