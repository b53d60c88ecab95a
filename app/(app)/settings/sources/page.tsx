import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { settingsActor } from "@/lib/settings/settings-actor";
import { listSources } from "@/lib/sources/list-sources";
import { SourceList } from "@/components/settings/SourceList";
import { AddSourceForm } from "@/components/settings/AddSourceForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.sources"))("title") };
}

export default async function SourcesPage() {
  const user = await settingsActor();
  if (!user) forbidden();
  const [t, sources] = await Promise.all([getTranslations("settings.sources"), listSources({ actor: user })]);
  return (
    <main className="w-full max-w-4xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <SourceList sources={sources} />
      <AddSourceForm />
    </main>
  );
}
