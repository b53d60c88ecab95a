import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { settingsActor } from "@/lib/settings/settings-actor";
import { getAutomationOptions } from "@/lib/automations/automation-options";
import { AutomationForm } from "@/components/automations/AutomationForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("automations"))("newTitle") };
}

export default async function NewAutomationPage() {
  const user = await settingsActor();
  if (!user) forbidden();
  const [t, options] = await Promise.all([getTranslations("automations"), getAutomationOptions({ actor: user })]);
  return (
    <main className="w-full max-w-3xl space-y-5">
      <div>
        <Link href="/settings/automations" className="text-sm text-brand-700 hover:underline">← {t("title")}</Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t("newTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("newIntro")}</p>
      </div>
      <AutomationForm initial={null} options={options} />
    </main>
  );
}
