"use client";
import { useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import type { Board as BoardData } from "@/lib/board/get-board";
import type { BoardCard } from "@/lib/board/card-query";
import { appendCards, boardToState, moveCard, neighboursOf, patchCard, removeCard, type BoardState } from "@/lib/board/board-state";
import type { BoardFilters } from "@/lib/validation/board";
import type { LossReasonOption } from "@/lib/loss-reasons/list-loss-reasons";
import { closeDealAction, loadMoreCardsAction, moveDealAction } from "@/lib/actions/deals";
import { BoardColumn } from "./BoardColumn";
import { DealCard } from "./DealCard";
import { DropZones } from "./DropZones";
import { LoseDealDialog } from "./LoseDealDialog";
import { useBoardAnnouncements } from "./use-board-announcements";

// Won/Lost zones win over columns when the pointer is inside them; elsewhere the closest corner.
const collision: CollisionDetection = (args) => {
  const zone = pointerWithin(args).find((c) => String(c.id).startsWith("zone:"));
  return zone ? [zone] : closestCorners(args);
};

export function Board(props: {
  board: BoardData;
  filters: BoardFilters;
  viewer: { id: string; role: string };
  lossReasons: LossReasonOption[];
}) {
  const t = useTranslations("board");
  const tDeal = useTranslations("deal");
  const router = useRouter();
  const [state, setState] = useState<BoardState>(() => boardToState(props.board));
  const [activeId, setActiveId] = useState<string | null>(null);
  const [losing, setLosing] = useState<BoardCard | null>(null);
  const [loadingMore, setLoadingMore] = useState<string | null>(null);
  const snapshot = useRef<BoardState | null>(null);
  // A new server render (filters changed, refresh after a conflict) replaces the client state.
  const [source, setSource] = useState(props.board);
  if (source !== props.board) {
    setSource(props.board);
    setState(boardToState(props.board));
  }

  const stages = useMemo(() => new Map(props.board.columns.map((c) => [c.stage.id, c.stage])), [props.board]);
  const pipelineValue = useMemo(
    () =>
      state.order.reduce((sum, id) => sum + (state.columns[id].totals.find((x) => x.currency === props.board.pipeline.currency)?.value ?? 0), 0),
    [state, props.board.pipeline.currency],
  );
  const canEdit = (card: BoardCard) => props.viewer.role !== "REP" || card.ownerId === props.viewer.id;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const accessibility = useBoardAnnouncements(state, stages);

  const targetOf = (id: string | undefined, s: BoardState) => {
    if (!id) return null;
    if (id.startsWith("column:")) {
      const stageId = id.slice("column:".length);
      return { stageId, index: s.columns[stageId]?.ids.length ?? 0 };
    }
    const stageId = s.cards[id]?.stageId;
    return stageId ? { stageId, index: s.columns[stageId].ids.indexOf(id) } : null;
  };

  function onDragStart(e: DragStartEvent) {
    snapshot.current = state;
    setActiveId(String(e.active.id));
  }

  // Crossing into another column moves the card there at once, so the drop shows in place.
  function onDragOver(e: DragOverEvent) {
    const id = String(e.active.id);
    const overId = e.over ? String(e.over.id) : undefined;
    if (!overId || overId.startsWith("zone:")) return;
    setState((s) => {
      const target = targetOf(overId, s);
      if (!target || target.stageId === s.cards[id]?.stageId) return s;
      return moveCard(s, id, target.stageId, target.index);
    });
  }

  async function onDragEnd(e: DragEndEvent) {
    const id = String(e.active.id);
    const overId = e.over ? String(e.over.id) : undefined;
    const before = snapshot.current ?? state;
    snapshot.current = null;
    setActiveId(null);
    if (!overId) return setState(before);
    if (overId.startsWith("zone:")) {
      setState(before);
      const card = before.cards[id];
      if (card && overId === "zone:lost") setLosing(card);
      if (card && overId === "zone:won") void win(card);
      return;
    }
    const target = targetOf(overId, state);
    const next = target ? moveCard(state, id, target.stageId, target.index) : state;
    const from = before.cards[id];
    const moved = next.cards[id];
    if (!from || !moved) return;
    const sameSpot = from.stageId === moved.stageId && before.columns[from.stageId].ids.indexOf(id) === next.columns[moved.stageId].ids.indexOf(id);
    setState(next);
    if (sameSpot) return;
    const result = await moveDealAction({ dealId: id, toStageId: moved.stageId, version: from.version, ...neighboursOf(next, id) });
    if (result.ok) {
      const { version, rank, stageEnteredAt } = result.data;
      const touched = moved.stageId !== from.stageId ? { stageEnteredAt, lastTouchAt: stageEnteredAt } : {};
      setState((s) => patchCard(s, id, { version, rank, ...touched }));
    } else {
      setState(before);
      toast.error(t("moveFailed"), { description: result.error.message });
      if (result.error.code === "CONFLICT") router.refresh();
    }
  }

  async function win(card: BoardCard) {
    const before = state;
    setState((s) => removeCard(s, card.id));
    const result = await closeDealAction({ dealId: card.id, version: card.version, outcome: "WON" });
    if (result.ok) {
      toast.success(t("wonToast", { title: card.title }), result.data.closedTasks ? { description: tDeal("tasksClosed", { count: result.data.closedTasks }) } : undefined);
    }
    else {
      setState(before);
      toast.error(t("closeFailed"), { description: result.error.message });
    }
  }

  async function loadMore(stageId: string) {
    const column = state.columns[stageId];
    const last = state.cards[column.ids[column.ids.length - 1]];
    if (!last) return;
    setLoadingMore(stageId);
    const result = await loadMoreCardsAction({
      pipelineId: props.board.pipeline.id,
      stageId,
      after: { rank: last.rank, id: last.id },
      filters: props.filters,
    });
    setLoadingMore(null);
    if (result.ok) setState((s) => appendCards(s, stageId, result.data.cards, result.data.hasMore));
    else toast.error(t("loadFailed"), { description: result.error.message });
  }

  const activeCard = activeId ? state.cards[activeId] : null;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        if (snapshot.current) setState(snapshot.current);
        snapshot.current = null;
        setActiveId(null);
      }}
      accessibility={accessibility}
    >
      <div className="flex h-full snap-x gap-3 overflow-x-auto px-4 pb-4" data-testid="board">
        {state.order.map((stageId) => (
          <BoardColumn
            key={stageId}
            stage={stages.get(stageId)!}
            column={state.columns[stageId]}
            cards={state.cards}
            pipelineValue={pipelineValue}
            currency={props.board.pipeline.currency}
            activeId={activeId}
            canEdit={canEdit}
            loadingMore={loadingMore === stageId}
            onLoadMore={() => loadMore(stageId)}
            onWin={(id) => state.cards[id] && win(state.cards[id])}
            onLose={(id) => setLosing(state.cards[id] ?? null)}
          />
        ))}
      </div>
      <DropZones visible={activeId !== null} />
      <DragOverlay dropAnimation={null}>
        {activeCard ? (
          // dnd-kit measures the overlay's first child: keep the tilted card one level deeper, or its
          // rotated bounding box (a pixel wider on the left) makes ArrowRight pick cards of the same column.
          <div>
            <DealCard card={activeCard} rottingDays={stages.get(activeCard.stageId)?.rottingDays ?? null} canEdit={false} overlay />
          </div>
        ) : null}
      </DragOverlay>
      <LoseDealDialog
        card={losing}
        reasons={props.lossReasons}
        onClose={() => setLosing(null)}
        onLost={(card) => {
          setState((s) => removeCard(s, card.id));
          setLosing(null);
        }}
      />
    </DndContext>
  );
}
