"use client";
import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { createNoteAction } from "@/lib/actions/notes";
import { NOTE_BODY_MAX, type CallTone, type NoteKind } from "@/lib/validation/notes";
import { Button } from "@/components/ui/Button";
import { NoteFields } from "./NoteFields";

/**
 * Writes a typed note about a person, or about one of their deals. What was typed stays in the
 * box until the server has saved it: an error shows beside it and nothing is lost.
 */
export function NoteComposer({ personId, dealId }: { personId: string; dealId?: string }) {
  const t = useTranslations("notes");
  const id = useId();
  const [kind, setKind] = useState<NoteKind>("GENERAL");
  const [tone, setTone] = useState<CallTone>("neutral");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function submit() {
    if (pending) return;
    const text = body.trim();
    if (!text) return setError(t("errors.empty"));
    if (text.length > NOTE_BODY_MAX) return setError(t("errors.tooLong"));
    setError(null);
    start(async () => {
      const result = await createNoteAction({ personId, dealId, kind, tone: kind === "CALL" ? tone : null, body: text });
      if (result.ok) {
        setBody("");
        toast.success(t("added"));
      } else {
        setError(result.error.message);
        toast.error(t("errors.failed"), { description: result.error.message });
      }
    });
  }

  return (
    <form
      data-testid="note-composer"
      aria-label={t("add")}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
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
        onSubmitShortcut={submit}
      />
      <div className="flex justify-end">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t("adding") : t("add")}
        </Button>
      </div>
    </form>
  );
}
