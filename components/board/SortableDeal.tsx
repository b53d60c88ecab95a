"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { toast } from "sonner";
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
  const locked = !props.canEdit;
  const lockedAttempt = useLockedAttempt(locked, t("locked"));
  return (
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      {...lockedAttempt}
      aria-label={props.card.title}
      // select-none: a drag (or a refused drag of a locked card) never selects the page's text.
      className={clsx(
        "touch-manipulation rounded-lg outline-none select-none focus-visible:ring-2 focus-visible:ring-brand-500",
        isDragging && "opacity-40",
        locked && "cursor-not-allowed",
      )}
    >
      <DealCard {...props} locked={locked} />
    </div>
  );
}

/**
 * A locked card (a rep looking at a colleague's deal) cannot be dragged; trying to (pressing and
 * moving the pointer, or space/enter on the focused card) says why instead of doing nothing.
 */
function useLockedAttempt(locked: boolean, reason: string) {
  const start = useRef<{ x: number; y: number } | null>(null);
  if (!locked) return {};
  const explain = () => toast.info(reason, { id: "locked-card" });
  return {
    onPointerDown: (e: React.PointerEvent) => {
      start.current = { x: e.clientX, y: e.clientY };
    },
    onPointerMove: (e: React.PointerEvent) => {
      const from = start.current;
      if (!from || Math.hypot(e.clientX - from.x, e.clientY - from.y) < 6) return;
      start.current = null;
      explain();
    },
    onPointerUp: () => {
      start.current = null;
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.target !== e.currentTarget || (e.key !== " " && e.key !== "Enter")) return;
      e.preventDefault();
      explain();
    },
  };
}
