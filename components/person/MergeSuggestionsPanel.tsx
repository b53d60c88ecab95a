import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { GitMerge } from "lucide-react";
import type { Actor } from "@/lib/auth/permissions";
import { listMergeSuggestions } from "@/lib/people/list-merge-suggestions";

const SHOWN = 10;

/** On the People page (heads and admins): the open suggested merges, each opening its review. */
export async function MergeSuggestionsPanel({ actor }: { actor: Actor }) {
  const { total, items } = await listMergeSuggestions({ actor, take: SHOWN });
  if (total === 0) return null;
  const [t, format] = await Promise.all([getTranslations("people"), getFormatter()]);
  return (
    <details className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3" data-testid="merge-suggestions-panel">
      <summary className="flex cursor-pointer items-center gap-2 text-sm font-medium text-amber-950">
        <GitMerge size={16} aria-hidden /> {t("suggestion.panelTitle", { count: total })}
      </summary>
      <p className="mt-2 text-sm text-amber-900">{t("suggestion.panelHint")}</p>
      <ul className="mt-2 divide-y divide-amber-200 text-sm">
        {items.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="min-w-0">
              <span className="font-medium text-slate-900">{t("suggestion.pair", { a: s.people[0].name, b: s.people[1].name })}</span>
              <span className="block text-xs text-slate-600">
                {t(`identityKinds.${s.identity.kind}`)} {s.identity.value} · {format.dateTime(s.createdAt, { dateStyle: "medium" })}
              </span>
            </span>
            <Link href={`/people/${s.people[0].id}`} className="rounded-lg border border-amber-300 bg-white px-2.5 py-1 text-sm font-medium text-amber-950 hover:bg-amber-100">
              {t("suggestion.review")}
            </Link>
          </li>
        ))}
      </ul>
      {total > items.length && <p className="pt-1 text-xs text-amber-900">{t("suggestion.more", { count: total - items.length })}</p>}
    </details>
  );
}
