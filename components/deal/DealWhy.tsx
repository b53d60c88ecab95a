import { getFormatter, getTranslations } from "next-intl/server";
import { MessageCircleWarning, Target } from "lucide-react";
import type { NotesView } from "@/lib/notes/note-item";
import { ResolveButton } from "@/components/notes/ResolveButton";

/** The top of the deal page: why they buy (latest motivation) and what still holds them back. */
export async function DealWhy({ motivation, objections }: { motivation: NotesView["motivation"]; objections: NotesView["openObjections"] }) {
  const t = await getTranslations("deal");
  const format = await getFormatter();
  const when = (iso: string, name: string) => `${name} · ${format.dateTime(new Date(iso), { dateStyle: "medium" })}`;
  return (
    <section aria-labelledby="why" className="mt-5 grid gap-3 md:grid-cols-2" data-testid="deal-why">
      <h2 id="why" className="sr-only">
        {t("why")}
      </h2>
      <div className="rounded-xl border border-emerald-200 bg-emerald-50/60 p-4">
        <h3 className="flex items-center gap-2 text-sm font-semibold text-emerald-900">
          <Target size={16} aria-hidden />
          {t("motivation")}
        </h3>
        {motivation ? (
          <>
            <p className="mt-1.5 text-sm break-words whitespace-pre-line text-slate-800" data-testid="deal-motivation">
              {motivation.body}
            </p>
            <p className="mt-1 text-xs text-slate-600">{when(motivation.createdAt, motivation.authorName)}</p>
          </>
        ) : (
          <p className="mt-1.5 text-sm text-slate-600">{t("noMotivation")}</p>
        )}
      </div>
      <div className="rounded-xl border border-amber-200 bg-amber-50/60 p-4">
        <h3 className="flex items-center gap-2 text-sm font-semibold text-amber-900">
          <MessageCircleWarning size={16} aria-hidden />
          {t("openObjections", { count: objections.length })}
        </h3>
        {objections.length === 0 ? (
          <p className="mt-1.5 text-sm text-slate-600">{t("noObjections")}</p>
        ) : (
          <ul className="mt-1.5 space-y-2" data-testid="deal-objections">
            {objections.map((o) => (
              <li key={o.id} className="text-sm">
                <p className="break-words whitespace-pre-line text-slate-800">{o.body}</p>
                <p className="mt-0.5 flex flex-wrap items-center gap-x-3 text-xs text-slate-600">
                  <span>{when(o.createdAt, o.authorName)}</span>
                  {o.canEdit && <ResolveButton noteId={o.id} resolved={false} canEdit hideState />}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
