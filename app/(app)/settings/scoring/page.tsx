import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { settingsActor } from "@/lib/settings/settings-actor";
import { getScoringConfig } from "@/lib/scoring/get-scoring-config";
import { ScoringForm } from "@/components/settings/ScoringForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.scoring"))("title") };
}

export default async function ScoringSettingsPage() {
  const user = await settingsActor();
  if (!user) forbidden();
  const [t, config] = await Promise.all([getTranslations("settings.scoring"), getScoringConfig({ actor: user })]);
  return (
    <main className="w-full max-w-4xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{t("intro")}</p>
      </div>
      <ScoringForm config={config} />
    </main>
  );
}
