import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { settingsActor } from "@/lib/settings/settings-actor";
import { listSettingsPipelines } from "@/lib/pipelines/list-settings-pipelines";
import { PipelineTabs } from "@/components/settings/PipelineTabs";
import { PipelineHeader } from "@/components/settings/PipelineHeader";
import { StageList } from "@/components/settings/StageList";
import { AddStageForm } from "@/components/settings/AddStageForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.pipelines"))("title") };
}

export default async function PipelinesSettingsPage(props: { searchParams: Promise<{ pipeline?: string | string[] }> }) {
  const user = await settingsActor();
  if (!user) forbidden();
  const [t, pipelines, params] = await Promise.all([getTranslations("settings.pipelines"), listSettingsPipelines({ actor: user }), props.searchParams]);
  const wanted = Array.isArray(params.pipeline) ? params.pipeline[0] : params.pipeline;
  const current = pipelines.find((p) => p.id === wanted) ?? pipelines.find((p) => !p.archived) ?? pipelines[0] ?? null;
  return (
    <main className="w-full max-w-5xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{t("intro")}</p>
      </div>
      <PipelineTabs pipelines={pipelines} currentId={current?.id ?? null} />
      {current ? (
        <section aria-labelledby="stages-heading" className="space-y-4">
          {/* Keys differ per sibling: two siblings keyed by the same id made React keep the old
              pipeline's header beside the new one when switching pipelines. */}
          <PipelineHeader
            key={`header-${current.id}`}
            pipeline={{ id: current.id, name: current.name, archived: current.archived, openDeals: current.stages.reduce((sum, s) => sum + s.openDeals, 0) }}
            order={pipelines.map((p) => p.id)}
          />
          <div>
            <h2 id="stages-heading" className="text-lg font-semibold">
              {t("stagesHeading")}
            </h2>
            <p className="text-sm text-slate-600">{t("stagesHint")}</p>
          </div>
          <StageList key={`stages-${current.id}`} pipelineId={current.id} stages={current.stages} />
          <AddStageForm key={`add-${current.id}`} pipelineId={current.id} count={current.stages.length} />
        </section>
      ) : (
        <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600">{t("empty")}</p>
      )}
    </main>
  );
}
