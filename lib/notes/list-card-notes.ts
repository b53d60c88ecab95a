import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

/** What a board card says about "why": the latest motivation and the open objections. */
export interface CardNotes {
  motivation: string | null;
  /** The newest open objections (at most CARD_OBJECTIONS), bodies cut to CARD_NOTE_CHARS. */
  objections: string[];
  /** All open objections, shown or not. */
  openObjections: number;
}

export const CARD_NOTE_CHARS = 160;
export const CARD_OBJECTIONS = 2;

interface Row {
  dealId: string;
  kind: string;
  body: string;
  rn: number | bigint;
  total: number | bigint;
}

/**
 * One query for a whole page of cards, however many: each card takes its deal's notes and the
 * general (deal-less) notes about its person; a window per card and kind keeps only the newest
 * few and counts the rest, so a deal with hundreds of notes costs no more than one with two.
 * Plain SQL both SQLite (3.35+) and PostgreSQL (12+) accept; identifiers quoted as Prisma names them.
 */
export async function listCardNotes(options: {
  actor: Actor;
  cards: { id: string; personId: string | null }[];
}): Promise<Map<string, CardNotes>> {
  assertCan(options.actor, "board.view");
  const result = new Map<string, CardNotes>();
  if (options.cards.length === 0) return result;
  const values = Prisma.join(options.cards.map((c) => Prisma.sql`(${c.id}, ${c.personId})`));
  // The candidates are cut short before they are ranked, so the sort never carries whole bodies
  // (MATERIALIZED keeps PostgreSQL from inlining the cut after the sort); one window, sorted once,
  // gives both each note's rank and the count of the card's notes of its kind.
  const rows = await db.$queryRaw<Row[]>`
    WITH "cards" ("dealId", "personId") AS (VALUES ${values}),
    "candidates" AS MATERIALIZED (
      SELECT c."dealId", n."id", CAST(n."kind" AS TEXT) AS "kind", n."createdAt", SUBSTR(n."body", 1, ${Prisma.raw(String(CARD_NOTE_CHARS + 1))}) AS "body"
      FROM "cards" c
      JOIN "Note" n ON n."dealId" = c."dealId" OR (n."dealId" IS NULL AND n."personId" = c."personId")
      WHERE n."kind" = 'MOTIVATION' OR (n."kind" = 'OBJECTION' AND n."resolved" = false)
    )
    SELECT "dealId", "kind", "body", "rn", "total" FROM (
      SELECT "dealId", "kind", "body", ROW_NUMBER() OVER "w" AS "rn", COUNT(*) OVER "w" AS "total"
      FROM "candidates"
      WINDOW "w" AS (PARTITION BY "dealId", "kind" ORDER BY "createdAt" DESC, "id" DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    ) AS "ranked"
    WHERE "rn" <= ${Prisma.raw(String(CARD_OBJECTIONS))}`;
  rows.sort((a, b) => Number(a.rn) - Number(b.rn));

  for (const row of rows) {
    const notes = result.get(row.dealId) ?? { motivation: null, objections: [], openObjections: 0 };
    const body = row.body.length > CARD_NOTE_CHARS ? `${row.body.slice(0, CARD_NOTE_CHARS).trimEnd()}…` : row.body;
    if (row.kind === "MOTIVATION") {
      if (Number(row.rn) === 1) notes.motivation = body;
    } else {
      notes.objections.push(body);
      notes.openObjections = Number(row.total);
    }
    result.set(row.dealId, notes);
  }
  return result;
}
