import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CallTone, NoteKind } from "@/lib/validation/notes";
import type { NoteItem, NotesView } from "./note-item";

const LIMIT = 100;
const OBJECTIONS_LIMIT = 20;

const noteSelect = {
  id: true,
  kind: true,
  tone: true,
  body: true,
  resolved: true,
  createdAt: true,
  authorId: true,
  author: { select: { name: true } },
  deal: { select: { id: true, title: true } },
} satisfies Prisma.NoteSelect;

type NoteRow = Prisma.NoteGetPayload<{ select: typeof noteSelect }>;

/**
 * The notes of a deal page (the deal's notes and the general, deal-less notes about its person)
 * or of a person page (all of the person's notes), newest first, with the latest motivation and
 * the open objections picked out. Pass `dealId` or `personId`.
 */
export async function listNotes(options: { actor: Actor; dealId?: string; personId?: string }): Promise<NotesView> {
  const { actor, dealId, personId } = options;
  assertCan(actor, dealId ? "deal.view" : "person.view");
  const where: Prisma.NoteWhereInput = dealId
    ? { OR: [{ dealId }, { dealId: null, person: { deals: { some: { id: dealId } } } }] }
    : { personId: personId ?? "" };
  const order = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.NoteOrderByWithRelationInput[];

  const [rows, motivation, objections] = await Promise.all([
    db.note.findMany({ where, orderBy: order, take: LIMIT + 1, select: noteSelect }),
    db.note.findFirst({ where: { AND: [where, { kind: "MOTIVATION" }] }, orderBy: order, select: noteSelect }),
    db.note.findMany({ where: { AND: [where, { kind: "OBJECTION", resolved: false }] }, orderBy: order, take: OBJECTIONS_LIMIT, select: noteSelect }),
  ]);
  const toItem = (row: NoteRow): NoteItem => ({
    id: row.id,
    kind: row.kind as NoteKind,
    tone: (row.tone as CallTone | null) ?? null,
    body: row.body,
    resolved: row.resolved,
    createdAt: row.createdAt.toISOString(),
    authorName: row.author.name,
    deal: row.deal,
    canEdit: can(actor, "note.edit", { ownerId: row.authorId }),
  });
  return {
    notes: rows.slice(0, LIMIT).map(toItem),
    hasMore: rows.length > LIMIT,
    motivation: motivation ? toItem(motivation) : null,
    openObjections: objections.map(toItem),
  };
}
