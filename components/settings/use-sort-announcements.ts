"use client";
import { useTranslations } from "next-intl";
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from "@dnd-kit/core";

/** Screen reader instructions and announcements for a sortable settings list, in the UI language. */
export function useSortAnnouncements(options: { nameOf: (id: UniqueIdentifier) => string; positionOf: (id: UniqueIdentifier) => number; total: number }) {
  const t = useTranslations("settings.sort");
  const { nameOf, positionOf, total } = options;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("picked", { name: nameOf(active.id), position: positionOf(active.id), total }),
    onDragOver: ({ active, over }) => (over ? t("over", { name: nameOf(active.id), position: positionOf(over.id), total }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t("dropped", { name: nameOf(active.id), position: positionOf(over.id), total }) : t("cancelled", { name: nameOf(active.id) })),
    onDragCancel: ({ active }) => t("cancelled", { name: nameOf(active.id) }),
  };
  const screenReaderInstructions: ScreenReaderInstructions = { draggable: t("instructions") };
  return { announcements, screenReaderInstructions };
}
