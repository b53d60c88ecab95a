"use client";
import Link from "next/link";
import clsx from "clsx";
import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { AlarmClock, CalendarArrowUp, CalendarClock, Check, Lock, MessageCircleWarning, X } from "lucide-react";
import type { BoardCard } from "@/lib/board/card-query";
import { formatMoney } from "@/lib/format/money";
import { daysSince, isRotting } from "@/lib/format/days";
import { Initials } from "@/components/ui/Initials";
import { TemperatureChip } from "./TemperatureChip";
import { CardHintPopup, useCardHint } from "./CardHint";
import { CardHintContent, cardHintText } from "./CardHintContent";

export interface DealCardProps {
  card: BoardCard;
  rottingDays: number | null;
  canEdit: boolean;
  /** Someone else's deal that this viewer (a rep) may not move: shown with a lock. */
  locked?: boolean;
  overlay?: boolean;
  onWin?: () => void;
  onLose?: () => void;
}

/** The look of one deal on the board (used in the column and in the drag overlay). */
export function DealCard({ card, rottingDays, canEdit, locked, overlay, onWin, onLose }: DealCardProps) {
  const t = useTranslations("card");
  const locale = useLocale();
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 }).getTime();
  const rotting = isRotting(card.lastTouchAt, rottingDays, now);
  const idle = daysSince(card.lastTouchAt, now);
  const inStage = daysSince(card.stageEnteredAt, now);
  const due = card.nextTask ? new Date(card.nextTask.dueAt) : null;
  const overdue = due !== null && due.getTime() < now;
  const overdueCount = Math.max(card.context?.overdueTasks ?? 0, overdue ? 1 : 0);
  const objections = card.context?.openObjections ?? 0;
  const hasHint = !overlay && Boolean(card.context?.motivation || objections > 0 || card.nextTask);
  const { rootRef, rect: hintRect, rootProps: hintRootProps, hintProps } = useCardHint(hasHint);
  const description = hasHint ? cardHintText(card, t) : "";
  const descriptionId = `card-why-${card.id}`;

  return (
    <div
      ref={rootRef}
      {...hintRootProps}
      data-testid="deal-card"
      data-deal-id={card.id}
      data-rotting={rotting || undefined}
      data-overdue={overdue || undefined}
      data-locked={locked || undefined}
      title={rotting && !hasHint ? t("rottingHint", { days: idle }) : undefined}
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
          aria-describedby={description ? descriptionId : undefined}
        >
          {card.title}
        </Link>
        <div className="flex shrink-0 items-center gap-1">
          {locked && (
            <span className="text-slate-400" title={t("locked")} data-testid="card-lock">
              <Lock size={12} aria-hidden />
              <span className="sr-only">{t("locked")}</span>
            </span>
          )}
          {card.person && <TemperatureChip temperature={card.person.temperature} />}
        </div>
      </div>
      {description && (
        <span id={descriptionId} className="sr-only">
          {description}
        </span>
      )}
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
      {/* The win/lose buttons appear over the bottom-right corner on hover: the footer keeps it free. */}
      <div className={clsx("mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500", canEdit && !overlay && "pr-14")}>
        <span title={t("inStageHint")}>{t("daysInStage", { days: inStage })}</span>
        {rotting && <span className="font-medium text-rot-700">{t("idle", { days: idle })}</span>}
        {due && !overdue && (
          <span className="inline-flex items-center gap-1" data-testid="card-task">
            <CalendarClock size={12} aria-hidden />
            <span className="sr-only">{t("taskDue")}</span>
            {format.dateTime(due, { day: "numeric", month: "short" })}
          </span>
        )}
        {due && overdue && (
          <span className="inline-flex items-center gap-1 rounded bg-red-50 px-1 font-semibold text-red-700" data-testid="card-task" data-overdue>
            <AlarmClock size={12} aria-hidden />
            {overdueCount > 1 ? t("overdueTasks", { count: overdueCount }) : t("overdue")} · {format.dateTime(due, { day: "numeric", month: "short" })}
          </span>
        )}
        {card.closeDatePushes ? (
          <span className="inline-flex items-center gap-1 font-medium text-amber-800" data-testid="card-pushed" title={t("pushedHint", { count: card.closeDatePushes })}>
            <CalendarArrowUp size={12} aria-hidden />
            {t("pushed", { count: card.closeDatePushes })}
          </span>
        ) : null}
        {objections > 0 && (
          <span className="inline-flex items-center gap-1 font-medium text-amber-800" data-testid="card-objections">
            <MessageCircleWarning size={12} aria-hidden />
            {t("objections", { count: objections })}
          </span>
        )}
      </div>
      {hintRect && (
        <CardHintPopup id={`card-hint-${card.id}`} rect={hintRect} hintProps={hintProps}>
          <CardHintContent card={card} overdue={overdue} />
          {rotting && <p className="mt-2 font-medium text-rot-700">{t("rottingHint", { days: idle })}</p>}
        </CardHintPopup>
      )}
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
