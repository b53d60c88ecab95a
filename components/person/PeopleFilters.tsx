"use client";
import { useTranslations } from "next-intl";
import { controlClass } from "@/components/forms/control-class";
import { SearchBox } from "@/components/forms/SearchBox";
import { useUrlFilters } from "@/components/forms/use-url-filters";

/** Search, temperature and owner filters of the People list; all of them live in the URL. */
export function PeopleFilters(props: { users: { id: string; name: string }[] }) {
  const t = useTranslations("people");
  const tt = useTranslations("temperature");
  // Another filter: back to the first page.
  const { params, setParam, clearAll, q, setQ } = useUrlFilters({ resetOnChange: ["page"], scroll: false });

  const filtered = Boolean(params.get("q") || params.get("temp") || params.get("owner"));
  return (
    <div role="search" aria-label={t("filters")} className="flex flex-wrap items-center gap-2">
      <SearchBox value={q} onChange={setQ} placeholder={t("searchPlaceholder")} label={t("search")} widthClass="w-80" />
      <label className="sr-only" htmlFor="people-temp">
        {t("temperature")}
      </label>
      <select id="people-temp" value={params.get("temp") ?? ""} onChange={(e) => setParam("temp", e.target.value || null)} className={controlClass}>
        <option value="">{t("anyTemperature")}</option>
        {(["HOT", "WARM", "COLD"] as const).map((temp) => (
          <option key={temp} value={temp}>
            {tt(temp)}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="people-owner">
        {t("owner")}
      </label>
      <select id="people-owner" value={params.get("owner") ?? "all"} onChange={(e) => setParam("owner", e.target.value === "all" ? null : e.target.value)} className={controlClass}>
        <option value="all">{t("everyone")}</option>
        <option value="me">{t("mine")}</option>
        <option value="none">{t("nobody")}</option>
        {props.users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      {filtered && (
        <button
          type="button"
          onClick={clearAll}
          className="h-9 rounded-lg px-2.5 text-sm text-brand-700 hover:bg-brand-50"
        >
          {t("clearFilters")}
        </button>
      )}
    </div>
  );
}
