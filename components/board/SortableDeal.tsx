"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { BoardCard } from "@/lib/board/card-query";
import { DealCard } from "./DealCard";

export function SortableDeal(props: {
  card: BoardCard;
  rottingDays: number | null;
  canEdit: boolean;
  onWin: () => void;
  onLose: () => void;
}) {
  const t = useTranslations("card");
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: props.card.id,
    data: { type: "card", stageId: props.card.stageId },
    disabled: !props.canEdit,
    // A group, not dnd-kit's default "button": the card holds a link and buttons, and a button's
    // content is flattened by screen readers (axe: nested-interactive).
    attributes: { role: "group", roleDescription: t("draggable") },
  });
  return (
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      aria-label={props.card.title}
      className={clsx("touch-manipulation rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-brand-500", isDragging && "opacity-40")}
    >
      <DealCard {...props} />
    </div>
  );
}
