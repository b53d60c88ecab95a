import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listFilterOptions } from "@/lib/analytics/list-filter-options";
import { AnalyticsFilters } from "@/components/analytics/AnalyticsFilters";
import { AnalyticsTabs } from "@/components/analytics/AnalyticsTabs";
import { DrillDownProvider } from "@/components/analytics/DrillDownProvider";

export async function generateMetadata() {
  const t = await getTranslations("analytics");
  return { title: t("title") };
}

export default async function AnalyticsLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  if (!can(user, "analytics.view")) forbidden();
  const [t, options] = await Promise.all([getTranslations("analytics"), listFilterOptions({ actor: user })]);
  return (
    <DrillDownProvider today={options.today}>
      <main className="mx-auto w-full max-w-7xl px-4 py-6 lg:px-8">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        <div className="mt-4">
          <AnalyticsFilters {...options} />
        </div>
        <div className="mt-4">
          <AnalyticsTabs />
        </div>
        <div className="mt-6">{children}</div>
      </main>
    </DrillDownProvider>
  );
}
