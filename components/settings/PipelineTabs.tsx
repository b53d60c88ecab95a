"use client";
import Link from "next/link";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { Archive } from "lucide-react";
import { NewPipelineButton } from "./NewPipelineButton";

export interface PipelineTab {
  id: string;
  name: string;
  archived: boolean;
}

/** Pipeline tabs (links that keep the choice in the URL), archived ones apart, and "+ Pipeline". */
export function PipelineTabs({ pipelines, currentId }: { pipelines: PipelineTab[]; currentId: string | null }) {
  const t = useTranslations("settings.pipelines");
  const active = pipelines.filter((p) => !p.archived);
  const archived = pipelines.filter((p) => p.archived);
  const tab = (p: PipelineTab) => (
    <Link
      key={p.id}
      href={`/settings/pipelines?pipeline=${p.id}`}
      aria-current={p.id === currentId ? "page" : undefined}
      data-testid="pipeline-tab"
      className={clsx(
        "inline-flex h-9 items-center gap-1.5 rounded-lg border px-3 text-sm font-medium whitespace-nowrap",
        p.id === currentId ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50",
        p.archived && "text-slate-500",
      )}
    >
      {p.archived && <Archive size={14} aria-hidden />}
      {p.name}
    </Link>
  );
  return (
    <nav aria-label={t("tabsLabel")} className="flex flex-wrap items-center gap-2">
      {active.map(tab)}
      <NewPipelineButton />
      {archived.length > 0 && (
        <span className="ml-2 flex flex-wrap items-center gap-2 border-l border-slate-200 pl-4">
          <span className="text-xs font-medium text-slate-500">{t("archivedGroup")}</span>
          {archived.map(tab)}
        </span>
      )}
    </nav>
  );
}
