import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { createNoteSchema, parseInput, type CreateNoteInput } from "@/lib/validation/notes";
import { recordTouch } from "@/lib/tasks/touch";

export interface CreatedNote {
  id: string;
  personId: string;
  dealId: string | null;
}

/**
 * Writes a typed note about a person, or about a deal (then it also belongs to the deal's
 * person: a deal without a person cannot take notes). A note is a touch of both.
 */
export async function createNote(options: { actor: Actor; input: CreateNoteInput }): Promise<CreatedNote> {
  const { actor } = options;
  assertCan(actor, "note.create");
  const input = parseInput(createNoteSchema, options.input);

  return db.$transaction(async (tx) => {
    let personId = input.personId ?? null;
    const dealId = input.dealId ?? null;
    if (dealId) {
      const deal = await tx.deal.findUnique({ where: { id: dealId }, select: { personId: true } });
      if (!deal) throw new AppError("NOT_FOUND", "This deal no longer exists.");
      if (!deal.personId) {
        throw new AppError("VALIDATION", "This deal has no person yet. Notes belong to a person: link one to the deal first.", {
          fields: { dealId: "The deal has no person" },
        });
      }
      if (personId && personId !== deal.personId) {
        throw new AppError("VALIDATION", "That person is not the deal's person.", { fields: { personId: "Not the deal's person" } });
      }
      personId = deal.personId;
    } else {
      const person = personId ? await tx.person.findUnique({ where: { id: personId }, select: { id: true } }) : null;
      if (!person) throw new AppError("NOT_FOUND", "This person no longer exists.");
    }
    const note = await tx.note.create({
      data: {
        personId: personId!,
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
