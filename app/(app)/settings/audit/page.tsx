import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { settingsActor } from "@/lib/settings/settings-actor";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { listSettingsUsers } from "@/lib/users/list-settings-users";
import { parseAuditFilter } from "@/lib/validation/settings";
import { AuditFilters } from "@/components/settings/AuditFilters";
import { AuditTable } from "@/components/settings/AuditTable";
import { PageLinks } from "@/components/settings/PageLinks";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.audit"))("title") };
}

export default async function AuditPage(props: { searchParams: Promise<SearchParams> }) {
  const user = await settingsActor();
  if (!user) forbidden();
  const params = await props.searchParams;
  const filter = parseAuditFilter(params);
  const [t, log, users] = await Promise.all([getTranslations("settings.audit"), listAuditLog({ actor: user, filter }), listSettingsUsers({ actor: user })]);
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    for (const key of ["action", "entity", "actor", "from", "to"]) {
      const value = params[key];
      if (typeof value === "string" && value) query.set(key, value);
    }
    query.set("page", String(page));
    return `/settings/audit?${query}`;
  };
  return (
    <main className="w-full max-w-6xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{t("intro", { count: log.total })}</p>
      </div>
      <AuditFilters actions={log.actions} entities={log.entities} users={users} value={filter} />
      <AuditTable rows={log.rows} />
      <PageLinks page={log.page} pages={log.pages} hrefFor={hrefFor} />
    </main>
  );
}
