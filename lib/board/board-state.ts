// The board's client state, normalized (Twenty-style): cards by id, and per column the ordered ids
// plus the header totals. Pure functions, so the optimistic moves are unit-tested.
import type { BoardCard } from "./card-query";

export interface ColumnState {
  stageId: string;
  probability: number;
  ids: string[];
  count: number;
  totals: { currency: string; value: number; weighted: number }[];
  hasMore: boolean;
}

export interface BoardState {
  order: string[]; // stage ids, left to right
  columns: Record<string, ColumnState>;
  cards: Record<string, BoardCard>;
}

export function columnOf(state: BoardState, cardId: string): string | undefined {
  return state.cards[cardId]?.stageId;
}

function withTotal(column: ColumnState, card: BoardCard, sign: 1 | -1): ColumnState {
  const totals = column.totals.map((t) => ({ ...t }));
  let entry = totals.find((t) => t.currency === card.currency);
  if (!entry) {
    entry = { currency: card.currency, value: 0, weighted: 0 };
    totals.push(entry);
  }
  entry.value += sign * card.value;
  entry.weighted = Math.round((entry.value * column.probability) / 100);
  return { ...column, count: column.count + sign, totals: totals.filter((t) => t.value !== 0) };
}

/** Moves a card to `index` in column `toStageId` (within or across columns), totals included. */
export function moveCard(state: BoardState, cardId: string, toStageId: string, index: number): BoardState {
  const card = state.cards[cardId];
  const from = card && state.columns[card.stageId];
  const to = state.columns[toStageId];
  if (!card || !from || !to) return state;
  const fromIds = from.ids.filter((id) => id !== cardId);
  const targetIds = from === to ? fromIds : [...to.ids];
  const clamped = Math.max(0, Math.min(index, targetIds.length));
  targetIds.splice(clamped, 0, cardId);
  if (from === to) {
    return { ...state, columns: { ...state.columns, [to.stageId]: { ...to, ids: targetIds } } };
  }
  return {
    ...state,
    cards: { ...state.cards, [cardId]: { ...card, stageId: toStageId } },
    columns: {
      ...state.columns,
      [from.stageId]: { ...withTotal(from, card, -1), ids: fromIds },
      [to.stageId]: { ...withTotal(to, card, 1), ids: targetIds },
    },
  };
}

/** Takes a card off the board (won, lost), totals included. */
export function removeCard(state: BoardState, cardId: string): BoardState {
  const card = state.cards[cardId];
  const column = card && state.columns[card.stageId];
  if (!card || !column) return state;
  const cards = { ...state.cards };
  delete cards[cardId];
  return {
    ...state,
    cards,
    columns: { ...state.columns, [column.stageId]: { ...withTotal(column, card, -1), ids: column.ids.filter((id) => id !== cardId) } },
  };
}

/** Appends a "load more" page to a column, ignoring cards already shown. */
export function appendCards(state: BoardState, stageId: string, cards: BoardCard[], hasMore: boolean): BoardState {
  const column = state.columns[stageId];
  if (!column) return state;
  const fresh = cards.filter((c) => !state.cards[c.id]);
  const byId = { ...state.cards };
  for (const c of fresh) byId[c.id] = c;
  return {
    ...state,
    cards: byId,
    columns: { ...state.columns, [stageId]: { ...column, ids: [...column.ids, ...fresh.map((c) => c.id)], hasMore } },
  };
}

export function patchCard(state: BoardState, cardId: string, patch: Partial<BoardCard>): BoardState {
  const card = state.cards[cardId];
  if (!card) return state;
  return { ...state, cards: { ...state.cards, [cardId]: { ...card, ...patch } } };
}

/** The neighbours the server needs to place a card where the client shows it. */
export function neighboursOf(state: BoardState, cardId: string): { previousId: string | null; nextId: string | null } {
  const stageId = columnOf(state, cardId);
  const ids = stageId ? state.columns[stageId].ids : [];
  const i = ids.indexOf(cardId);
  return { previousId: i > 0 ? ids[i - 1] : null, nextId: i >= 0 && i < ids.length - 1 ? ids[i + 1] : null };
}

export function boardToState(board: import("./get-board").Board): BoardState {
  const state: BoardState = { order: [], columns: {}, cards: {} };
  for (const column of board.columns) {
    state.order.push(column.stage.id);
    state.columns[column.stage.id] = {
      stageId: column.stage.id,
      probability: column.stage.probability,
      ids: column.cards.map((c) => c.id),
      count: column.count,
      totals: column.totals,
      hasMore: column.hasMore,
    };
    for (const card of column.cards) state.cards[card.id] = card;
  }
  return state;
}
