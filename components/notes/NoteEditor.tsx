"use client";
import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { updateNoteAction } from "@/lib/actions/notes";
import type { NoteItem } from "@/lib/notes/note-item";
import { NOTE_BODY_MAX, type CallTone, type NoteKind } from "@/lib/validation/notes";
import { Button } from "@/components/ui/Button";
import { NoteFields } from "./NoteFields";

/** Edits a note in place; the text stays while the server refuses it. */
export function NoteEditor({ note, onDone }: { note: NoteItem; onDone: () => void }) {
  const t = useTranslations("notes");
  const id = useId();
  const [kind, setKind] = useState<NoteKind>(note.kind);
  const [tone, setTone] = useState<CallTone>(note.tone ?? "neutral");
  const [body, setBody] = useState(note.body);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function save() {
    const text = body.trim();
    if (!text) return setError(t("errors.empty"));
    if (text.length > NOTE_BODY_MAX) return setError(t("errors.tooLong"));
    start(async () => {
      const result = await updateNoteAction({ noteId: note.id, kind, tone: kind === "CALL" ? tone : null, body: text });
      if (result.ok) {
        toast.success(t("saved"));
        onDone();
      } else setError(result.error.message);
    });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => e.key === "Escape" && onDone()}
      aria-label={t("editNote", { name: note.authorName })}
      className="space-y-2"
    >
      <NoteFields
        idPrefix={id}
        kind={kind}
        tone={tone}
        body={body}
        error={error}
        disabled={pending}
        onKind={setKind}
        onTone={setTone}
        onBody={(value) => {
          setBody(value);
          if (error) setError(null);
        }}
        onSubmitShortcut={save}
      />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          {t("cancel")}
        </Button>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
