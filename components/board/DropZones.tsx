"use client";
import { useDroppable } from "@dnd-kit/core";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { ThumbsDown, Trophy } from "lucide-react";

function Zone({ id, label, icon, tone }: { id: string; label: string; icon: React.ReactNode; tone: "won" | "lost" }) {
  const { setNodeRef, isOver } = useDroppable({ id, data: { type: "zone" } });
  return (
    <div
      ref={setNodeRef}
      data-testid={id.replace(":", "-")}
      className={clsx(
        "flex h-16 flex-1 items-center justify-center gap-2 rounded-xl border-2 border-dashed text-sm font-semibold transition-colors",
        tone === "won" ? "border-emerald-400 text-emerald-700" : "border-red-400 text-red-700",
        isOver && (tone === "won" ? "bg-emerald-100" : "bg-red-100"),
        !isOver && "bg-white/95",
      )}
    >
      {icon}
      {label}
    </div>
  );
}

/** "Won" and "Lost" targets that slide in at the bottom while a card is dragged. */
export function DropZones({ visible }: { visible: boolean }) {
  const t = useTranslations("board");
  if (!visible) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-40 flex gap-4 border-t border-slate-200 bg-white/80 p-3 backdrop-blur lg:left-56">
      <Zone id="zone:won" label={t("dropWon")} icon={<Trophy size={18} aria-hidden />} tone="won" />
      <Zone id="zone:lost" label={t("dropLost")} icon={<ThumbsDown size={18} aria-hidden />} tone="lost" />
    </div>
  );
}
