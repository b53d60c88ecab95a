import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { parseInput, updateNoteSchema, type UpdateNoteInput } from "@/lib/validation/notes";

export interface UpdatedNote {
  id: string;
  personId: string;
  dealId: string | null;
  kind: string;
  tone: string | null;
  resolved: boolean;
}

/**
 * Edits a note (body, kind, a call's tone) or marks an objection resolved / open again.
 * Reps change their own notes; heads and admins change any.
 */
export async function updateNote(options: { actor: Actor; input: UpdateNoteInput }): Promise<UpdatedNote> {
  const { actor } = options;
  const input = parseInput(updateNoteSchema, options.input);
  return db.$transaction(async (tx) => {
    const note = await tx.note.findUnique({ where: { id: input.noteId }, select: { authorId: true, kind: true, tone: true } });
    if (!note) throw new AppError("NOT_FOUND", "This note no longer exists.");
    assertCan(actor, "note.edit", { ownerId: note.authorId });

    const kind = input.kind ?? note.kind;
    if (input.tone && kind !== "CALL") {
      throw new AppError("VALIDATION", "tone: Only call notes have a tone.", { fields: { tone: "Only call notes have a tone." } });
    }
    if (input.resolved !== undefined && kind !== "OBJECTION") {
      throw new AppError("VALIDATION", "resolved: Only objections can be resolved.", { fields: { resolved: "Only objections can be resolved." } });
    }
    return tx.note.update({
      where: { id: input.noteId },
      data: {
        kind,
        tone: kind === "CALL" ? (input.tone !== undefined ? input.tone : note.tone) : null,
        ...(input.body !== undefined ? { body: input.body } : {}),
        // An objection turned into another kind is no longer "resolved".
        ...(input.resolved !== undefined ? { resolved: input.resolved } : kind !== "OBJECTION" ? { resolved: false } : {}),
      },
      select: { id: true, personId: true, dealId: true, kind: true, tone: true, resolved: true },
    });
  });
}
