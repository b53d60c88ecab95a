"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { PipelineSummary } from "@/lib/pipelines/list-pipelines";
import type { UserSummary } from "@/lib/users/list-users";
import { controlClass as selectClass } from "@/components/forms/control-class";
import { SearchBox } from "@/components/forms/SearchBox";
import { useUrlFilters } from "@/components/forms/use-url-filters";

/** Pipeline switcher and filters; every filter lives in the URL so a view can be shared. */
export function BoardToolbar(props: { pipelines: PipelineSummary[]; pipelineId: string; users: UserSummary[]; ownerDefault: string; children?: React.ReactNode }) {
  const t = useTranslations("board");
  const router = useRouter();
  const { params, setParam, q, setQ } = useUrlFilters();

  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-4 py-2.5">
      <label className="sr-only" htmlFor="pipeline-switch">
        {t("pipeline")}
      </label>
      <select
        id="pipeline-switch"
        value={props.pipelineId}
        onChange={(e) => router.push(`/pipelines/${e.target.value}`)}
        className={`${selectClass} font-semibold`}
      >
        {props.pipelines.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <SearchBox value={q} onChange={setQ} placeholder={t("searchPlaceholder")} label={t("search")} widthClass="w-56" />
      <label className="sr-only" htmlFor="owner-filter">
        {t("owner")}
      </label>
      <select id="owner-filter" value={params.get("owner") ?? props.ownerDefault} onChange={(e) => setParam("owner", e.target.value)} className={selectClass}>
        <option value="all">{t("everyone")}</option>
        <option value="me">{t("mine")}</option>
        {props.users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="temp-filter">
        {t("temperature")}
      </label>
      <select id="temp-filter" value={params.get("temp") ?? ""} onChange={(e) => setParam("temp", e.target.value || null)} className={selectClass}>
        <option value="">{t("anyTemperature")}</option>
        <option value="HOT">{t("hot")}</option>
        <option value="WARM">{t("warm")}</option>
        <option value="COLD">{t("cold")}</option>
      </select>
      <label className="inline-flex h-9 items-center gap-2 rounded-lg border border-slate-300 bg-white px-2.5 text-sm">
        <input type="checkbox" checked={params.get("rotting") === "1"} onChange={(e) => setParam("rotting", e.target.checked ? "1" : null)} className="accent-red-600" />
        {t("rottingOnly")}
      </label>
      <div className="ml-auto">{props.children}</div>
    </div>
  );
}
