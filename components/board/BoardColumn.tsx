"use client";
import { useRef } from "react";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useVirtualizer, defaultRangeExtractor } from "@tanstack/react-virtual";
import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import type { BoardCard } from "@/lib/board/card-query";
import type { ColumnState } from "@/lib/board/board-state";
import { formatMoney } from "@/lib/format/money";
import { SortableDeal } from "./SortableDeal";

/** Columns longer than this render only the cards in view (keeps mounted cards ≤ ~400). */
const VIRTUALIZE_AFTER = 60;
const CARD_HEIGHT = 116;

export interface ColumnStage {
  id: string;
  name: string;
  probability: number;
  rottingDays: number | null;
  color: string;
}

export function BoardColumn(props: {
  stage: ColumnStage;
  column: ColumnState;
  cards: Record<string, BoardCard>;
  pipelineValue: number;
  currency: string;
  activeId: string | null;
  canEdit: (card: BoardCard) => boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onWin: (id: string) => void;
  onLose: (id: string) => void;
}) {
  const { stage, column } = props;
  const t = useTranslations("board");
  const locale = useLocale();
  const { setNodeRef, isOver } = useDroppable({ id: `column:${stage.id}`, data: { type: "column", stageId: stage.id } });
  const main = column.totals.find((x) => x.currency === props.currency) ?? { value: 0, weighted: 0 };
  const others = column.totals.filter((x) => x.currency !== props.currency && x.value !== 0);
  const share = props.pipelineValue > 0 ? Math.min(100, (main.value / props.pipelineValue) * 100) : 0;

  return (
    <section
      aria-labelledby={`stage-${stage.id}`}
      data-testid="board-column"
      data-stage-id={stage.id}
      className={clsx(
        "flex h-full w-72 shrink-0 snap-start flex-col rounded-xl border bg-slate-100/70",
        isOver ? "border-brand-500 bg-brand-50" : "border-slate-200",
      )}
    >
      <header className="border-b border-slate-200 px-3 pt-2.5 pb-2">
        <div className="flex items-center justify-between gap-2">
          <h2 id={`stage-${stage.id}`} className="flex min-w-0 items-center gap-2 text-sm font-semibold">
            <span className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: stage.color }} aria-hidden />
            <span className="truncate">{stage.name}</span>
          </h2>
          <span className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-600" data-testid="column-count">
            {column.count}
          </span>
        </div>
        <p className="mt-1 flex items-baseline justify-between gap-2 text-xs text-slate-600">
          <span className="text-sm font-semibold text-slate-800 tabular-nums" data-testid="column-total">
            {formatMoney(main.value, props.currency, locale)}
          </span>
          <span className="shrink-0">{stage.probability}%</span>
        </p>
        <p className="text-xs text-slate-600 tabular-nums" title={t("weightedHint", { probability: stage.probability })}>
          {t("weighted")} {formatMoney(main.weighted, props.currency, locale)}
        </p>
        {others.map((o) => (
          <p key={o.currency} className="text-xs text-slate-600">
            + {formatMoney(o.value, o.currency, locale)}
          </p>
        ))}
        <div className="mt-1.5 h-1 rounded-full bg-slate-200" aria-hidden>
          <div className="h-1 rounded-full" style={{ width: `${share}%`, background: stage.color }} />
        </div>
      </header>
      <SortableContext id={stage.id} items={column.ids} strategy={verticalListSortingStrategy}>
        <div ref={setNodeRef} className="min-h-24 flex-1">
          <CardList {...props} />
        </div>
      </SortableContext>
    </section>
  );
}

function CardList(props: Parameters<typeof BoardColumn>[0]) {
  const { column, cards, stage } = props;
  const t = useTranslations("board");
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = column.ids.length > VIRTUALIZE_AFTER;
  const activeIndex = props.activeId ? column.ids.indexOf(props.activeId) : -1;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: column.ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 6,
    enabled: virtual,
    // Keep the dragged card mounted even when scrolled out of view.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return activeIndex >= 0 && !indexes.includes(activeIndex) ? [...indexes, activeIndex].sort((a, b) => a - b) : indexes;
    },
  });

  const renderCard = (id: string) => {
    const card = cards[id];
    if (!card) return null;
    return (
      <SortableDeal
        card={card}
        rottingDays={stage.rottingDays}
        canEdit={props.canEdit(card)}
        onWin={() => props.onWin(id)}
        onLose={() => props.onLose(id)}
      />
    );
  };

  return (
    <div ref={scrollRef} className="h-full max-h-[calc(100vh-11.5rem)] overflow-y-auto px-2 py-2" data-testid="column-cards">
      {column.ids.length === 0 && <p className="px-2 py-6 text-center text-xs text-slate-600">{t("emptyColumn")}</p>}
      {virtual ? (
        <div className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div
              key={column.ids[item.index]}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute inset-x-0 pb-2"
              style={{ top: item.start }}
            >
              {renderCard(column.ids[item.index])}
            </div>
          ))}
        </div>
      ) : (
        <div className="space-y-2">
          {column.ids.map((id) => (
            <div key={id}>{renderCard(id)}</div>
          ))}
        </div>
      )}
      {column.hasMore && (
        <button
          type="button"
          onClick={props.onLoadMore}
          disabled={props.loadingMore}
          className="mt-2 w-full rounded-lg border border-dashed border-slate-300 py-2 text-xs font-medium text-slate-600 hover:bg-white disabled:opacity-60"
        >
          {props.loadingMore ? t("loading") : t("loadMore", { shown: column.ids.length, total: column.count })}
        </button>
      )}
    </div>
  );
}
