"use client";
import { useEffect, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Search } from "lucide-react";

const controlClass =
  "h-9 rounded-lg border border-slate-300 bg-white px-2.5 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-100 focus:outline-none";

/** Search, temperature and owner filters of the People list; all of them live in the URL. */
export function PeopleFilters(props: { users: { id: string; name: string }[] }) {
  const t = useTranslations("people");
  const tt = useTranslations("temperature");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params.toString());
    if (value === null || value === "") next.delete(key);
    else next.set(key, value);
    next.delete("page"); // another filter: back to the first page
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };

  // Search as the user types, a moment after they stop.
  useEffect(() => {
    if (q.trim() === (params.get("q") ?? "")) return;
    const id = setTimeout(() => setParam("q", q.trim() || null), 300);
    return () => clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const filtered = Boolean(params.get("q") || params.get("temp") || params.get("owner"));
  return (
    <div role="search" aria-label={t("filters")} className="flex flex-wrap items-center gap-2">
      <div className="relative">
        <Search size={16} className="pointer-events-none absolute top-2.5 left-2.5 text-slate-400" aria-hidden />
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t("searchPlaceholder")}
          aria-label={t("search")}
          className={`${controlClass} w-80 pl-8`}
        />
      </div>
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
          onClick={() => {
            setQ("");
            router.replace(pathname, { scroll: false });
          }}
          className="h-9 rounded-lg px-2.5 text-sm text-brand-700 hover:bg-brand-50"
        >
          {t("clearFilters")}
        </button>
      )}
    </div>
  );
}
