import Link from "next/link";
import type { Metadata } from "next";
import { notFound, forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors/app-error";
import { settingsActor } from "@/lib/settings/settings-actor";
import { getAutomation } from "@/lib/automations/get-automation";
import { getConversionStats } from "@/lib/automations/conversion-stats";
import { getAutomationOptions } from "@/lib/automations/automation-options";
import { AutomationForm } from "@/components/automations/AutomationForm";
import { AutomationToggle } from "@/components/automations/AutomationToggle";
import { ConversionTable } from "@/components/automations/ConversionTable";
import { DeleteAutomationButton } from "@/components/automations/DeleteAutomationButton";
import { ReplayButton } from "@/components/automations/ReplayButton";
import { RunLog } from "@/components/automations/RunLog";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("automations"))("title") };
}

export default async function AutomationPage(props: { params: Promise<{ id: string }> }) {
  const user = await settingsActor();
  if (!user) forbidden();
  const { id } = await props.params;
  const found = await Promise.all([getAutomation({ actor: user, id }), getConversionStats({ actor: user, id }), getAutomationOptions({ actor: user })]).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!found) notFound();
  const [automation, stats, options] = found;
  const t = await getTranslations("automations");
  return (
    <main className="w-full max-w-4xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <Link href="/settings/automations" className="text-sm text-brand-700 hover:underline">← {t("title")}</Link>
          <h1 className="mt-1 truncate text-2xl font-semibold tracking-tight">{automation.name}</h1>
          <div className="mt-2">
            <AutomationToggle id={automation.id} name={automation.name} active={automation.active} showHint />
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <ReplayButton id={automation.id} name={automation.name} active={automation.active} />
          <DeleteAutomationButton id={automation.id} name={automation.name} runs={automation.totalRuns} />
        </div>
      </div>
      <ConversionTable stats={stats} />
      <RunLog runs={automation.runs} total={automation.totalRuns} />
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">{t("editHeading")}</h2>
        <AutomationForm key={`${automation.id}:${automation.active}`} id={automation.id} initial={automation} options={options} />
      </section>
    </main>
  );
}
