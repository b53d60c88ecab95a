import { Suspense, cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { getPerson } from "@/lib/people/get-person";
import { listMergeSuggestions } from "@/lib/people/list-merge-suggestions";
import { listActiveUsers } from "@/lib/users/list-users";
import { parseTimelineKinds } from "@/lib/validation/people";
import { PersonHeader } from "@/components/person/PersonHeader";
import { MergeSuggestions, type SuggestionView } from "@/components/person/MergeSuggestions";
import { PersonDeals } from "@/components/person/PersonDeals";
import { PersonComposers } from "@/components/person/PersonComposers";
import { PersonTimeline } from "@/components/timeline/PersonTimeline";
import { SinceLastTouch } from "@/components/timeline/SinceLastTouch";
import { TimelineFilters } from "@/components/timeline/TimelineFilters";
import { TimelineSkeleton } from "@/components/timeline/TimelineSkeleton";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The person once per request (the metadata and the page both ask). */
const load = cache(async (id: string) => {
  const user = await requireUser();
  const result = await getPerson({ actor: user, personId: id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // A merged profile lives on in the person it was merged into.
  if (result.status === "merged") redirect(`/people/${result.intoId}`);
  return { user, person: result.person };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { person } = await load((await props.params).id);
  return { title: person.name };
}

export default async function PersonPage(props: Props) {
  const { id } = await props.params;
  const kinds = parseTimelineKinds((await props.searchParams).kinds);
  const { user, person } = await load(id);
  const [t, tl, users, suggestions] = await Promise.all([
    getTranslations("people"),
    getTranslations("timeline"),
    listActiveUsers({ actor: user }),
    // Heads and admins decide suggested merges; reps see none (they could not act on them).
    can(user, "person.merge") ? listMergeSuggestions({ actor: user, personId: person.id }).then((r) => r.items) : [],
  ]);
  const suggestionViews: SuggestionView[] = suggestions.map((s) => ({
    id: s.id,
    other: s.people[1],
    identity: s.identity,
    event: { id: s.event.id, type: s.event.type, occurredAt: s.event.occurredAt?.toISOString() ?? null },
  }));
  const assignees = can(user, "task.assign") ? users : users.filter((u) => u.id === user.id);

  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-6 lg:px-8">
      <Link href="/people" className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <ArrowLeft size={14} aria-hidden /> {t("backToPeople")}
      </Link>
      {suggestionViews.length > 0 && (
        <div className="mt-3">
          <MergeSuggestions person={{ id: person.id, name: person.name }} suggestions={suggestionViews} />
        </div>
      )}
      <div className="mt-3">
        <PersonHeader actor={user} person={person} users={users} />
      </div>
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-4">
          <Suspense fallback={<div className="h-16 animate-pulse rounded-xl bg-brand-50" />}>
            <SinceLastTouch actor={user} personId={person.id} />
          </Suspense>
          <PersonComposers personId={person.id} assignees={assignees} defaultAssigneeId={user.id} />
          <section aria-labelledby="timeline-title" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="timeline-title" className="text-lg font-semibold">
                {tl("title")}
              </h2>
              <TimelineFilters kinds={kinds} />
            </div>
            <Suspense key={kinds.join(",")} fallback={<TimelineSkeleton />}>
              <PersonTimeline actor={user} personId={person.id} kinds={kinds} />
            </Suspense>
          </section>
        </div>
        <aside className="space-y-4">
          <PersonDeals deals={person.deals} />
        </aside>
      </div>
    </main>
  );
}
