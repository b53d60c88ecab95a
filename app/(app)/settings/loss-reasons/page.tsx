import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { settingsActor } from "@/lib/settings/settings-actor";
import { listSettingsLossReasons } from "@/lib/loss-reasons/list-settings-loss-reasons";
import { LossReasonList } from "@/components/settings/LossReasonList";
import { AddLossReasonForm } from "@/components/settings/AddLossReasonForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.lossReasons"))("title") };
}

export default async function LossReasonsPage() {
  const user = await settingsActor();
  if (!user) forbidden();
  const [t, reasons] = await Promise.all([getTranslations("settings.lossReasons"), listSettingsLossReasons({ actor: user })]);
  return (
    <main className="w-full max-w-3xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <LossReasonList reasons={reasons} />
      <AddLossReasonForm />
    </main>
  );
}
