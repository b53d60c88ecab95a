import { Suspense } from "react";
import { ChartCardSkeleton } from "@/components/charts/ChartCard";
import { LeaksByOwner, LeaksBySource, LeaksByStage, LeaksTrend } from "@/components/analytics/LeakWidgets";
import { analyticsPage, type SearchParams } from "@/components/analytics/page-scope";

/** Leak analysis: where deals are lost, and why. */
export default async function LeaksPage(props: { searchParams: Promise<SearchParams> }) {
  const page = await analyticsPage(props.searchParams);
  if (!page) return null;
  return (
    <div className="space-y-6">
      <Suspense key={page.key} fallback={<ChartCardSkeleton />}>
        <LeaksByStage {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-week`} fallback={<ChartCardSkeleton />}>
        <LeaksTrend {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-source`} fallback={<ChartCardSkeleton />}>
        <LeaksBySource {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-owner`} fallback={<ChartCardSkeleton />}>
        <LeaksByOwner {...page.props} />
      </Suspense>
    </div>
  );
}
