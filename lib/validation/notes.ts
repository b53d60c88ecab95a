import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

export const NOTE_KINDS = ["CONTEXT", "MOTIVATION", "OBJECTION", "CALL", "GENERAL"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const CALL_TONES = ["positive", "neutral", "negative"] as const;
export type CallTone = (typeof CALL_TONES)[number];
export const NOTE_BODY_MAX = 5000;

const id = z.string().trim().min(1, "Required").max(64);

export const noteBody = z
  .string()
  .trim()
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

/**
 * Parses input inside a domain function (which is called from actions, routes and tests alike)
 * and turns zod issues into the same VALIDATION error `defineAction` gives: first message, per-field map.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  const first = parsed.error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  throw new AppError("VALIDATION", `${where}${first?.message ?? "Invalid input"}`, { fields });
}
