"use client";
import Link from "next/link";
import clsx from "clsx";
import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { CalendarClock, Check, X } from "lucide-react";
import type { BoardCard } from "@/lib/board/card-query";
import { formatMoney } from "@/lib/format/money";
import { daysSince, isRotting } from "@/lib/format/days";
import { Initials } from "@/components/ui/Initials";
import { TemperatureChip } from "./TemperatureChip";

export interface DealCardProps {
  card: BoardCard;
  rottingDays: number | null;
  canEdit: boolean;
  overlay?: boolean;
  onWin?: () => void;
  onLose?: () => void;
}

/** The look of one deal on the board (used in the column and in the drag overlay). */
export function DealCard({ card, rottingDays, canEdit, overlay, onWin, onLose }: DealCardProps) {
  const t = useTranslations("card");
  const locale = useLocale();
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 }).getTime();
  const rotting = isRotting(card.lastTouchAt, rottingDays, now);
  const idle = daysSince(card.lastTouchAt, now);
  const inStage = daysSince(card.stageEnteredAt, now);
  const due = card.nextTask ? new Date(card.nextTask.dueAt) : null;
  const overdue = due !== null && due.getTime() < now;

  return (
    <div
      data-testid="deal-card"
      data-deal-id={card.id}
      data-rotting={rotting || undefined}
      title={rotting ? t("rottingHint", { days: idle }) : undefined}
      className={clsx(
        "group relative rounded-lg border bg-white p-2.5 text-sm shadow-xs transition-shadow",
        rotting ? "border-rot-500/40 border-l-4 border-l-rot-500 bg-rot-50" : "border-slate-200",
        overlay ? "rotate-1 shadow-lg ring-2 ring-brand-500" : "hover:shadow-md",
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <Link
          href={`/deals/${card.id}`}
          // Hundreds of cards: prefetching each deal page would fire a request per card (and each
          // renews the session cookie, which can undo a sign-out that races with them).
          prefetch={false}
          className="line-clamp-2 font-medium text-slate-900 hover:text-brand-700 hover:underline"
          onPointerDown={(e) => e.stopPropagation()}
          draggable={false}
        >
          {card.title}
        </Link>
        {card.person && <TemperatureChip temperature={card.person.temperature} />}
      </div>
      {card.person && (
        <p className="mt-0.5 truncate text-xs text-slate-500">
          {card.person.name}
          {card.person.company ? ` · ${card.person.company}` : ""}
        </p>
      )}
      <div className="mt-2 flex items-center justify-between gap-2">
        <span className="font-semibold tabular-nums text-slate-800">{formatMoney(card.value, card.currency, locale)}</span>
        <Initials name={card.ownerName} size="sm" />
      </div>
      <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
        <span title={t("inStageHint")}>{t("daysInStage", { days: inStage })}</span>
        {rotting && <span className="font-medium text-rot-700">{t("idle", { days: idle })}</span>}
        {due && (
          <span className={clsx("inline-flex items-center gap-1", overdue && "font-medium text-red-600")} data-overdue={overdue || undefined}>
            <CalendarClock size={12} aria-hidden />
            <span className="sr-only">{overdue ? t("taskOverdue") : t("taskDue")}</span>
            {format.dateTime(due, { day: "numeric", month: "short" })}
          </span>
        )}
      </div>
      {canEdit && !overlay && (
        <div className="absolute right-1.5 bottom-1.5 hidden gap-1 group-focus-within:flex group-hover:flex">
          <button
            type="button"
            onPointerDown={(e) => e.stopPropagation()}
            onClick={onWin}
            className="rounded-md bg-emerald-50 p-1 text-emerald-700 hover:bg-emerald-100"
            aria-label={t("markWon", { title: card.title })}
            title={t("won")}
          >
            <Check size={14} aria-hidden />
          </button>
          <button
            type="button"
            onPointerDown={(e) => e.stopPropagation()}
            onClick={onLose}
            className="rounded-md bg-red-50 p-1 text-red-700 hover:bg-red-100"
            aria-label={t("markLost", { title: card.title })}
            title={t("lost")}
          >
            <X size={14} aria-hidden />
          </button>
        </div>
      )}
    </div>
  );
}
