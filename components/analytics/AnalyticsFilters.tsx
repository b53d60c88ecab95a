"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { controlClass } from "@/components/forms/control-class";
import { useTranslations } from "next-intl";
import { useSourceLabel } from "@/components/sources/SourceLabels";
import clsx from "clsx";
import { NO_SOURCE, parseAnalyticsSearchParams, searchParamsRecord } from "@/lib/validation/analytics";
import { DEFAULT_PERIOD_DAYS, MAX_PERIOD_YEARS, MAX_YEAR, MIN_YEAR } from "@/lib/validation/analytics-period";

const PRESETS = [
  { key: "last30", days: 30 },
  { key: "last90", days: 90 },
  { key: "last180", days: 182 },
  { key: "last365", days: 365 },
] as const;

const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Pipeline, period, owner and source: the filters of every analytics and forecast page, kept in the URL. */
export function AnalyticsFilters(props: {
  pipelines: { id: string; name: string }[];
  owners: { id: string; name: string }[];
  sources: string[];
  /** Today in the display time zone, and the default period's first day. */
  today: string;
  defaultFrom: string;
}) {
  const t = useTranslations("analytics.filters");
  const sourceName = useSourceLabel();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  // The same reading as the server's: what it left out is said below the filters.
  const { filters, issues } = parseAnalyticsSearchParams(searchParamsRecord(params), { today: props.today });
  const to = filters.to ?? props.today;
  // Both ends out of the years say the same thing: once.
  const messages = [
    ...new Set(issues.map((issue) => t(`issues.${issue.code}`, { field: issue.field, min: MIN_YEAR, max: MAX_YEAR, years: MAX_PERIOD_YEARS, days: DEFAULT_PERIOD_DAYS }))),
  ];
  const from = filters.from ?? (filters.to ? shift(filters.to, -(DEFAULT_PERIOD_DAYS - 1)) : props.defaultFrom);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
    }
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };
  const preset = PRESETS.find((p) => to === props.today && from === shift(props.today, -(p.days - 1)));
  const filtered = ["pipeline", "from", "to", "owner", "source"].some((k) => params.has(k));

  return (
    <>
      <div role="search" aria-label={t("label")} className="flex flex-wrap items-center gap-2" data-testid="analytics-filters">
        <label className="sr-only" htmlFor="analytics-pipeline">
          {t("pipeline")}
        </label>
        <select
          id="analytics-pipeline"
          value={filters.pipeline ?? props.pipelines[0]?.id ?? ""}
          onChange={(e) => update({ pipeline: e.target.value })}
          className={`${controlClass} max-w-64 font-semibold`}
        >
          {props.pipelines.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <fieldset className="flex flex-wrap items-center gap-1.5">
          <legend className="sr-only">{t("period")}</legend>
          <div className="inline-flex overflow-hidden rounded-lg border border-slate-300 bg-white" role="group" aria-label={t("presets")}>
            {PRESETS.map((p) => (
              <button
                key={p.key}
                type="button"
                aria-pressed={preset?.key === p.key}
                onClick={() => update({ from: shift(props.today, -(p.days - 1)), to: null })}
                className={clsx("h-9 px-2.5 text-sm", preset?.key === p.key ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-50")}
              >
                {t(p.key)}
              </button>
            ))}
          </div>
          <label className="sr-only" htmlFor="analytics-from">
            {t("from")}
          </label>
          <input id="analytics-from" type="date" value={from} min={`${MIN_YEAR}-01-01`} max={to} onChange={(e) => e.target.value && update({ from: e.target.value })} className={controlClass} />
          <span aria-hidden className="text-slate-400">
            –
          </span>
          <label className="sr-only" htmlFor="analytics-to">
            {t("to")}
          </label>
          <input id="analytics-to" type="date" value={to} min={from} max={`${MAX_YEAR}-12-31`} onChange={(e) => e.target.value && update({ to: e.target.value })} className={controlClass} />
        </fieldset>
        <label className="sr-only" htmlFor="analytics-owner">
          {t("owner")}
        </label>
        <select id="analytics-owner" value={filters.owner ?? ""} onChange={(e) => update({ owner: e.target.value })} className={controlClass}>
          <option value="">{t("everyone")}</option>
          {props.owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="analytics-source">
          {t("source")}
        </label>
        <select id="analytics-source" value={filters.source ?? ""} onChange={(e) => update({ source: e.target.value })} className={controlClass}>
          <option value="">{t("anySource")}</option>
          {props.sources.map((s) => (
            <option key={s} value={s}>
              {sourceName(s)}
            </option>
          ))}
          <option value={NO_SOURCE}>{t("noSource")}</option>
        </select>
        {filtered && (
          <button type="button" onClick={() => router.replace(pathname, { scroll: false })} className="h-9 rounded-lg px-2.5 text-sm text-brand-700 hover:bg-brand-50">
            {t("reset")}
          </button>
        )}
      </div>
      {messages.length > 0 && (
        <ul role="alert" className="mt-2 space-y-0.5 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="filter-issues">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </>
  );
}
