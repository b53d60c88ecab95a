"use client";
import clsx from "clsx";
import { useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { FILTER_KINDS, type FilterKind } from "@/lib/timeline/types";

const chip = "h-8 rounded-full border px-3 text-sm font-medium transition-colors";
const on = "border-brand-600 bg-brand-600 text-white";
const off = "border-slate-300 bg-white text-slate-700 hover:bg-slate-100";

/** Filter chips (events, deal changes, notes, tasks); the choice lives in the URL as ?kinds=…. */
export function TimelineFilters({ kinds }: { kinds: FilterKind[] }) {
  const t = useTranslations("timeline");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();

  const choose = (next: FilterKind[]) => {
    const query = new URLSearchParams(params.toString());
    const all = next.length === 0 || next.length === FILTER_KINDS.length;
    if (all) query.delete("kinds");
    else query.set("kinds", FILTER_KINDS.filter((k) => next.includes(k)).join(","));
    start(() => router.replace(`${pathname}${query.size ? `?${query}` : ""}`, { scroll: false }));
  };
  const toggle = (kind: FilterKind) => choose(kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind]);

  return (
    <div role="group" aria-label={t("filterLabel")} className={clsx("flex flex-wrap gap-2", pending && "opacity-70")} data-testid="timeline-filters">
      <button type="button" aria-pressed={kinds.length === 0} onClick={() => choose([])} className={clsx(chip, kinds.length === 0 ? on : off)}>
        {t("all")}
      </button>
      {FILTER_KINDS.map((kind) => (
        <button key={kind} type="button" aria-pressed={kinds.includes(kind)} onClick={() => toggle(kind)} className={clsx(chip, kinds.includes(kind) ? on : off)}>
          {t(`filters.${kind}`)}
        </button>
      ))}
    </div>
  );
}
