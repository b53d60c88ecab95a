import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { settingsActor } from "@/lib/settings/settings-actor";
import { listAutomations } from "@/lib/automations/list-automations";
import { loadRuleNames } from "@/lib/automations/rule-names";
import { AutomationList } from "@/components/automations/AutomationList";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("automations"))("title") };
}

export default async function AutomationsPage() {
  const user = await settingsActor();
  if (!user) forbidden();
  const [t, automations, names] = await Promise.all([getTranslations("automations"), listAutomations({ actor: user }), loadRuleNames({ actor: user })]);
  return (
    <main className="w-full max-w-5xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">{t("intro")}</p>
        </div>
        <Link href="/settings/automations/new" className="inline-flex h-9 items-center gap-1.5 rounded-lg bg-brand-600 px-3.5 text-sm font-medium text-white hover:bg-brand-700">
          <Plus size={16} aria-hidden />
          {t("new")}
        </Link>
      </div>
      <AutomationList automations={automations} names={names} />
    </main>
  );
}
