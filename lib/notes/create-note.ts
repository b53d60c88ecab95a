import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { lockRow } from "@/lib/db-dialect";
import { AppError } from "@/lib/errors/app-error";
import { livePersonId } from "@/lib/people/live-person";
import { createNoteSchema, parseInput, type CreateNoteInput } from "@/lib/validation/notes";
import { keyedError } from "@/lib/validation/validation-error";
import { recordTouch } from "@/lib/tasks/touch";

export interface CreatedNote {
  id: string;
  personId: string;
  dealId: string | null;
}

/**
 * Writes a typed note about a person, or about a deal (then it also belongs to the deal's
 * person: a deal without a person cannot take notes, and a person named with the deal must be
 * its person). A merged profile's notes go to the person it was merged into. A note is a touch
 * of both.
 */
export async function createNote(options: { actor: Actor; input: CreateNoteInput }): Promise<CreatedNote> {
  const { actor } = options;
  assertCan(actor, "note.create");
  const input = parseInput(createNoteSchema, options.input);

  return db.$transaction(async (tx) => {
    let personId: string;
    const dealId = input.dealId ?? null;
    if (dealId) {
      // The deal's row first (PostgreSQL): a merge moving the deal to another person holds it until
      // it commits, so the person read below stays the deal's person.
      await lockRow(tx, "Deal", dealId);
      const deal = await tx.deal.findUnique({ where: { id: dealId }, select: { personId: true } });
      if (!deal) throw new AppError("NOT_FOUND", "This deal no longer exists.");
      if (!deal.personId) {
        throw new AppError("VALIDATION", "This deal has no person yet. Notes belong to a person: link one to the deal first.", {
          fields: { dealId: "The deal has no person" },
        });
      }
      if (input.personId && (await livePersonId(tx, input.personId)) !== deal.personId) {
        throw keyedError("VALIDATION", "notTheDealsPerson", { field: "personId" });
      }
      personId = deal.personId;
    } else {
      await lockRow(tx, "Person", input.personId!);
      const live = await livePersonId(tx, input.personId!);
      if (!live) throw new AppError("NOT_FOUND", "This person no longer exists.");
      personId = live;
    }
    const note = await tx.note.create({
      data: {
        personId,
        dealId,
        authorId: actor.id,
        kind: input.kind,
        tone: input.kind === "CALL" ? (input.tone ?? null) : null,
        body: input.body,
      },
      select: { id: true, personId: true, dealId: true, createdAt: true },
    });
    await recordTouch(tx, { dealId, personId, at: note.createdAt });
    return { id: note.id, personId: note.personId, dealId: note.dealId };
  });
}
