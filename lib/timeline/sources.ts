import "server-only";
// One query per timeline source, each `take` rows on its (person, time) index below the cursor,
// newest first with the id as the tie-breaker (the order the cursor condition continues).
import { db } from "@/lib/db";
import { olderThan, type Cursor } from "./cursor";
import { fieldChangeSelect, labelFieldChanges } from "@/lib/deals/field-changes";
import type { EventItem, FieldItem, NoteItem, StageItem, TaskItem } from "./types";

export interface SourceQuery {
  personId: string;
  /** The person's deals: their stage changes, and their tasks not linked to the person itself. */
  dealIds: string[];
  cursor: Cursor | null;
  take: number;
}

export async function eventItems(q: SourceQuery): Promise<EventItem[]> {
  const rows = await db.event.findMany({
    where: { personId: q.personId, ...olderThan("occurredAt", "event", q.cursor) },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: q.take,
    select: { id: true, type: true, channel: true, utmSource: true, utmMedium: true, utmCampaign: true, occurredAt: true, properties: true },
  });
  return rows.map((r) => ({
    kind: "event",
    id: r.id,
    at: r.occurredAt,
    type: r.type,
    channel: r.channel,
    utm: { source: r.utmSource, medium: r.utmMedium, campaign: r.utmCampaign },
    properties: parseProperties(r.properties),
  }));
}

export async function stageItems(q: SourceQuery): Promise<StageItem[]> {
  if (q.dealIds.length === 0) return [];
  const rows = await db.stageTransition.findMany({
    where: { dealId: { in: q.dealIds }, ...olderThan("at", "stage", q.cursor) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: q.take,
    select: {
      id: true,
      at: true,
      fromStatus: true,
      toStatus: true,
      note: true,
      deal: { select: { id: true, title: true } },
      fromStage: { select: { name: true } },
      toStage: { select: { name: true } },
      byUser: { select: { name: true } },
      lossReason: { select: { label: true } },
    },
  });
  return rows.map((r) => ({
    kind: "stage",
    id: r.id,
    at: r.at,
    deal: r.deal,
    from: { stage: r.fromStage?.name ?? null, status: r.fromStatus },
    to: { stage: r.toStage?.name ?? null, status: r.toStatus },
    by: r.byUser?.name ?? null,
    lossReason: r.lossReason?.label ?? null,
    note: r.note,
  }));
}

export async function fieldItems(q: SourceQuery): Promise<FieldItem[]> {
  if (q.dealIds.length === 0) return [];
  const rows = await db.dealFieldChange.findMany({
    where: { dealId: { in: q.dealIds }, ...olderThan("at", "field", q.cursor) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: q.take,
    select: fieldChangeSelect,
  });
  return (await labelFieldChanges(db, rows)).map((c) => ({ kind: "field", id: c.id, at: c.at, deal: c.deal, field: c.field, from: c.from, to: c.to, by: c.by }));
}

export async function noteItems(q: SourceQuery): Promise<NoteItem[]> {
  const rows = await db.note.findMany({
    where: { personId: q.personId, ...olderThan("createdAt", "note", q.cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.take,
    select: {
      id: true,
      createdAt: true,
      kind: true,
      tone: true,
      body: true,
      resolved: true,
      author: { select: { name: true } },
      deal: { select: { id: true, title: true } },
    },
  });
  return rows.map((r) => ({
    kind: "note",
    id: r.id,
    at: r.createdAt,
    noteKind: r.kind,
    tone: r.tone,
    body: r.body,
    resolved: r.resolved,
    author: r.author.name,
    deal: r.deal,
  }));
}

const taskSelect = {
  id: true,
  title: true,
  createdAt: true,
  dueAt: true,
  doneAt: true,
  closedWithDeal: true,
  assignee: { select: { name: true } },
  deal: { select: { id: true, title: true } },
} as const;

/** Tasks about the person: linked to them, or to one of their deals without a person of their own. */
function ofPerson(q: SourceQuery) {
  return q.dealIds.length === 0
    ? { personId: q.personId }
    : { OR: [{ personId: q.personId }, { personId: null, dealId: { in: q.dealIds } }] };
}

export async function taskCreatedItems(q: SourceQuery): Promise<TaskItem[]> {
  const rows = await db.task.findMany({
    where: { AND: [ofPerson(q), olderThan("createdAt", "task_created", q.cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.take,
    select: taskSelect,
  });
  return rows.map((r) => ({ kind: "task_created", id: r.id, at: r.createdAt, title: r.title, dueAt: r.dueAt, doneAt: r.doneAt, closedWithDeal: r.closedWithDeal, assignee: r.assignee.name, deal: r.deal }));
}

export async function taskDoneItems(q: SourceQuery): Promise<TaskItem[]> {
  const rows = await db.task.findMany({
    where: { AND: [ofPerson(q), { doneAt: { not: null } }, olderThan("doneAt", "task_done", q.cursor)] },
    orderBy: [{ doneAt: "desc" }, { id: "desc" }],
    take: q.take,
    select: taskSelect,
  });
  return rows.map((r) => ({ kind: "task_done", id: r.id, at: r.doneAt!, title: r.title, dueAt: r.dueAt, doneAt: r.doneAt, closedWithDeal: r.closedWithDeal, assignee: r.assignee.name, deal: r.deal }));
}

/** Event properties are JSON text written by clients: anything but an object reads as none. */
export function parseProperties(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
