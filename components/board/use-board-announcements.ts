"use client";
import { useTranslations } from "next-intl";
import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";
import type { BoardState } from "@/lib/board/board-state";

/** Screen-reader texts for keyboard and pointer drags, in the user's language. */
export function useBoardAnnouncements(
  state: BoardState,
  stages: Map<string, { name: string }>,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const t = useTranslations("dnd");
  const title = (id: string | number) => state.cards[String(id)]?.title ?? "";
  const where = (id: string | number | undefined) => {
    if (id === undefined) return null;
    const key = String(id);
    if (key === "zone:won") return t("zoneWon");
    if (key === "zone:lost") return t("zoneLost");
    const stageId = key.startsWith("column:") ? key.slice(7) : state.cards[key]?.stageId;
    if (!stageId) return null;
    const ids = state.columns[stageId]?.ids ?? [];
    const position = key.startsWith("column:") ? ids.length : ids.indexOf(key) + 1;
    return t("position", { stage: stages.get(stageId)?.name ?? "", position, count: ids.length });
  };
  return {
    screenReaderInstructions: { draggable: t("instructions") },
    announcements: {
      onDragStart: ({ active }) => t("picked", { title: title(active.id) }),
      onDragOver: ({ active, over }) => {
        const place = where(over?.id);
        return place ? t("over", { title: title(active.id), place }) : t("notOver", { title: title(active.id) });
      },
      onDragEnd: ({ active, over }) => {
        const place = where(over?.id);
        return place ? t("dropped", { title: title(active.id), place }) : t("droppedNowhere", { title: title(active.id) });
      },
      onDragCancel: ({ active }) => t("cancelled", { title: title(active.id) }),
    },
  };
}
