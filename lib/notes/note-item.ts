// What the note components receive (plain JSON: safe to pass from server to client components).
import type { CallTone, NoteKind } from "@/lib/validation/notes";

export interface NoteItem {
  id: string;
  kind: NoteKind;
  tone: CallTone | null;
  body: string;
  resolved: boolean;
  createdAt: string;
  authorName: string;
  /** The deal the note is about; null = about the person in general. */
  deal: { id: string; title: string } | null;
  canEdit: boolean;
}

export interface NotesView {
  notes: NoteItem[];
  /** More notes exist than `notes` holds (the newest are shown). */
  hasMore: boolean;
  /** The latest motivation and every open objection, however old: "why" before writing. */
  motivation: NoteItem | null;
  openObjections: NoteItem[];
}
