// The shapes the timeline is made of. Each item kind comes from one source table; the filter
// chips group them (events · deal changes · notes · tasks).
import type { HistoryField } from "@/lib/deals/diff-deal-fields";

export const ITEM_KINDS = ["stage", "field", "note", "task_done", "task_created", "event"] as const;
/** One kind per source. Within one instant they are shown in this order (a stage change first). */
export type ItemKind = (typeof ITEM_KINDS)[number];

export const FILTER_KINDS = ["events", "deals", "notes", "tasks"] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

export const ITEM_KINDS_OF: Record<FilterKind, readonly ItemKind[]> = {
  events: ["event"],
  deals: ["stage", "field"],
  notes: ["note"],
  tasks: ["task_created", "task_done"],
};

export type DealStatus = "OPEN" | "WON" | "LOST";

interface Base {
  id: string;
  at: Date;
}

export interface EventItem extends Base {
  kind: "event";
  type: string;
  channel: string | null;
  utm: { source: string | null; medium: string | null; campaign: string | null };
  properties: Record<string, unknown>;
}

export interface StageItem extends Base {
  kind: "stage";
  deal: { id: string; title: string };
  from: { stage: string | null; status: DealStatus | null };
  to: { stage: string | null; status: DealStatus };
  by: string | null;
  lossReason: string | null;
  note: string | null;
}

/** An edit of one of the person's deals (lib/deals/field-changes.ts says how values are written). */
export interface FieldItem extends Base {
  kind: "field";
  deal: { id: string; title: string };
  field: HistoryField;
  from: string | null;
  to: string | null;
  by: string | null;
}

export interface NoteItem extends Base {
  kind: "note";
  noteKind: "CONTEXT" | "MOTIVATION" | "OBJECTION" | "CALL" | "GENERAL";
  tone: string | null;
  body: string;
  resolved: boolean;
  author: string;
  deal: { id: string; title: string } | null;
}

export interface TaskItem extends Base {
  kind: "task_created" | "task_done";
  title: string;
  dueAt: Date | null;
  doneAt: Date | null;
  /** Closed because its deal was won or lost, not done by anyone. */
  closedWithDeal: boolean;
  assignee: string;
  deal: { id: string; title: string } | null;
}

export type TimelineItem = EventItem | StageItem | FieldItem | NoteItem | TaskItem;

export interface TimelinePage {
  items: TimelineItem[];
  /** Pass back as `cursor` to get the next (older) page; null when there is nothing older. */
  nextCursor: string | null;
}
