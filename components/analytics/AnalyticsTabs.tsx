"use client";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import clsx from "clsx";

const TABS = [
  { key: "leaks", href: "/analytics" },
  { key: "funnel", href: "/analytics/funnel" },
  { key: "time", href: "/analytics/time-in-stage" },
  { key: "channels", href: "/analytics/channels" },
] as const;

/** The analytics sections; switching keeps the filters. */
export function AnalyticsTabs() {
  const t = useTranslations("analytics.tabs");
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <nav aria-label={t("label")} className="flex gap-1 overflow-x-auto border-b border-slate-200">
      {TABS.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.key}
            href={`${tab.href}${query ? `?${query}` : ""}`}
            aria-current={active ? "page" : undefined}
            className={clsx(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
              active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
            )}
          >
            {t(tab.key)}
          </Link>
        );
      })}
    </nav>
  );
}
