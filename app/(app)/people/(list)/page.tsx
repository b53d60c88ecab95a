import { Suspense } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listPeople } from "@/lib/people/list-people";
import { listActiveUsers } from "@/lib/users/list-users";
import { peopleListQuerySchema } from "@/lib/validation/people";
import { PeopleFilters } from "@/components/person/PeopleFilters";
import { PeopleTable } from "@/components/person/PeopleTable";
import { Pagination } from "@/components/person/Pagination";
import { PeopleTableSkeleton } from "@/components/person/PeopleTableSkeleton";
import { MergeSuggestionsPanel } from "@/components/person/MergeSuggestionsPanel";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function PeoplePage(props: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const raw = await props.searchParams;
  const query = peopleListQuerySchema.parse({ q: first(raw.q), temp: first(raw.temp), owner: first(raw.owner), page: first(raw.page) });
  const [t, users] = await Promise.all([getTranslations("people"), listActiveUsers({ actor: user })]);

  return (
    <main className="mx-auto w-full max-w-6xl space-y-4 px-4 py-6 lg:px-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("subtitle")}</p>
      </div>
      {can(user, "person.merge") && (
        <Suspense fallback={null}>
          <MergeSuggestionsPanel actor={user} />
        </Suspense>
      )}
      <PeopleFilters users={users} />
      <Suspense key={JSON.stringify(query)} fallback={<PeopleTableSkeleton />}>
        <PeopleResults actor={user} query={query} />
      </Suspense>
    </main>
  );
}

async function PeopleResults(props: { actor: { id: string; role: "ADMIN" | "HEAD" | "REP" }; query: ReturnType<typeof peopleListQuerySchema.parse> }) {
  const { query } = props;
  const t = await getTranslations("people");
  const result = await listPeople({ actor: props.actor, filters: { q: query.q, temperature: query.temp, owner: query.owner }, page: query.page });
  const filtered = Boolean(query.q || query.temp || query.owner);
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.temp) params.set("temp", query.temp);
    if (query.owner) params.set("owner", query.owner);
    if (page > 1) params.set("page", String(page));
    return `/people${params.size ? `?${params}` : ""}`;
  };

  if (result.total === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center" data-testid="people-empty">
        <Users size={28} className="mx-auto text-slate-400" aria-hidden />
        <p className="mt-2 text-sm text-slate-600">{filtered ? t("emptyFiltered") : t("empty")}</p>
      </div>
    );
  }
  const from = (result.page - 1) * result.pageSize + 1;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600" aria-live="polite" data-testid="people-count">
        {t("count", { total: result.total })} · {t("showing", { from, to: from + result.people.length - 1, total: result.total })}
      </p>
      <PeopleTable people={result.people} />
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
