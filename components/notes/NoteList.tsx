"use client";
import { useState } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Pencil, UserRound } from "lucide-react";
import type { NoteItem } from "@/lib/notes/note-item";
import { NoteKindChip, ToneLabel } from "./NoteKindChip";
import { NoteEditor } from "./NoteEditor";
import { ResolveButton } from "./ResolveButton";

/**
 * Notes newest first: kind chip, a call's tone, an objection's state (with the resolve switch),
 * author and time; the author (or a manager) edits in place. `context` says which page it is on:
 * a deal page marks the person's general notes, a person page links each note's deal.
 */
export function NoteList(props: { notes: NoteItem[]; hasMore?: boolean; context: "deal" | "person" }) {
  const t = useTranslations("notes");
  if (props.notes.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <div>
      <ol className="divide-y divide-slate-100" data-testid="note-list">
        {props.notes.map((note) => (
          <NoteRow key={note.id} note={note} context={props.context} />
        ))}
      </ol>
      {props.hasMore && <p className="mt-2 text-xs text-slate-500">{t("more", { count: props.notes.length })}</p>}
    </div>
  );
}

function NoteRow({ note, context }: { note: NoteItem; context: "deal" | "person" }) {
  const t = useTranslations("notes");
  const format = useFormatter();
  const [editing, setEditing] = useState(false);
  return (
    <li className="py-3 first:pt-0" data-testid="note" data-note-id={note.id} data-kind={note.kind}>
      {editing ? (
        <NoteEditor note={note} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <NoteKindChip kind={note.kind} />
            {note.kind === "CALL" && note.tone && <ToneLabel tone={note.tone} />}
            {note.kind === "OBJECTION" && <ResolveButton noteId={note.id} resolved={note.resolved} canEdit={note.canEdit} />}
            {context === "deal" && !note.deal && (
              <span className="inline-flex items-center gap-1 text-xs text-slate-500">
                <UserRound size={12} aria-hidden />
                {t("aboutPerson")}
              </span>
            )}
            {context === "person" && note.deal && (
              <Link href={`/deals/${note.deal.id}`} className="truncate text-xs text-brand-700 hover:underline">
                {note.deal.title}
              </Link>
            )}
          </div>
          <p className="mt-1.5 text-sm break-words whitespace-pre-line text-slate-800">{note.body}</p>
          <div className="mt-1 flex items-center justify-between gap-2 text-xs text-slate-500">
            <span>
              {t("author", { name: note.authorName })} · <time dateTime={note.createdAt}>{format.dateTime(new Date(note.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
            </span>
            {note.canEdit && (
              <button
                type="button"
                onClick={() => setEditing(true)}
                className="inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 font-medium text-slate-600 hover:bg-slate-100"
              >
                <Pencil size={12} aria-hidden />
                {t("edit")}
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}
