"use server";
// Server actions of the note composer and the notes list. defineAction checks the session and
// parses the input; createNote / updateNote check the permission on the note itself.
import { revalidatePath } from "next/cache";
import { defineAction } from "./define-action";
import { createNote } from "@/lib/notes/create-note";
import { updateNote } from "@/lib/notes/update-note";
import { createNoteSchema, updateNoteSchema } from "@/lib/validation/notes";

/** Where a note shows: its deal's page, its person's page and the board cards (motivation, objections). */
function revalidateNote(note: { personId: string; dealId: string | null }) {
  if (note.dealId) revalidatePath(`/deals/${note.dealId}`);
  revalidatePath(`/people/${note.personId}`);
  revalidatePath("/pipelines/[id]", "page");
}

export const createNoteAction = defineAction(createNoteSchema, async (input, user) => {
  const note = await createNote({ actor: user, input });
  revalidateNote(note);
  return { id: note.id };
});

export const updateNoteAction = defineAction(updateNoteSchema, async (input, user) => {
  const note = await updateNote({ actor: user, input });
  revalidateNote(note);
  return { id: note.id, resolved: note.resolved };
});
