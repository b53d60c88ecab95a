import { getTranslations } from "next-intl/server";
import { Info } from "lucide-react";
import type { NotesView } from "@/lib/notes/note-item";
import { NoteComposer } from "@/components/notes/NoteComposer";
import { NoteList } from "@/components/notes/NoteList";

/** Notes on the deal page: the composer (a deal needs a person to take notes) and the list. */
export async function DealNotes(props: { dealId: string; personId: string | null; view: NotesView }) {
  const t = await getTranslations("deal");
  const n = await getTranslations("notes");
  return (
    <section aria-labelledby="notes" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="notes" className="mb-3 text-sm font-semibold text-slate-700">
        {t("notesTitle")}
      </h2>
      {props.personId ? (
        <div className="mb-4 border-b border-slate-100 pb-4">
          <NoteComposer personId={props.personId} dealId={props.dealId} />
        </div>
      ) : (
        <p className="mb-4 flex items-start gap-2 rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="notes-no-person">
          <Info size={16} className="mt-0.5 shrink-0 text-slate-500" aria-hidden />
          {n("noPerson")}
        </p>
      )}
      <NoteList notes={props.view.notes} hasMore={props.view.hasMore} context="deal" />
    </section>
  );
}
