import { z } from "zod";
import { idString as id, multiLine } from "./text";

export { parseInput } from "./validation-error";

export const NOTE_KINDS = ["CONTEXT", "MOTIVATION", "OBJECTION", "CALL", "GENERAL"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const CALL_TONES = ["positive", "neutral", "negative"] as const;
export type CallTone = (typeof CALL_TONES)[number];
export const NOTE_BODY_MAX = 5000;

export const noteBody = multiLine()
  .min(1, "Write the note first: it cannot be empty.")
  .max(NOTE_BODY_MAX, `Keep the note within ${NOTE_BODY_MAX.toLocaleString("en")} characters.`);

/** A tone belongs to call summaries only; anything else with a tone is a mistake, not a hint. */
function checkTone(note: { kind?: NoteKind; tone?: CallTone | null }, ctx: z.RefinementCtx) {
  if (note.tone && note.kind !== undefined && note.kind !== "CALL") {
    ctx.addIssue({ code: "custom", path: ["tone"], message: "Only call notes have a tone." });
  }
}

export const createNoteSchema = z
  .object({
    personId: id.nullish(),
    dealId: id.nullish(),
    kind: z.enum(NOTE_KINDS),
    tone: z.enum(CALL_TONES).nullish(),
    body: noteBody,
  })
  .superRefine((note, ctx) => {
    if (!note.personId && !note.dealId) {
      ctx.addIssue({ code: "custom", path: ["personId"], message: "A note belongs to a person or a deal." });
    }
    checkTone(note, ctx);
  });
export type CreateNoteInput = z.input<typeof createNoteSchema>;

export const updateNoteSchema = z
  .object({
    noteId: id,
    kind: z.enum(NOTE_KINDS).optional(),
    tone: z.enum(CALL_TONES).nullish(),
    body: noteBody.optional(),
    resolved: z.boolean().optional(),
  })
  .superRefine((note, ctx) => {
    if (note.kind === undefined && note.tone === undefined && note.body === undefined && note.resolved === undefined) {
      ctx.addIssue({ code: "custom", path: ["_"], message: "Nothing to change." });
    }
    checkTone(note, ctx);
  });
export type UpdateNoteInput = z.input<typeof updateNoteSchema>;
