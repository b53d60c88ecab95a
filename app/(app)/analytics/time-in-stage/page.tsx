import { Suspense } from "react";
import { ChartCardSkeleton } from "@/components/charts/ChartCard";
import { StuckDeals, TimeInStage } from "@/components/analytics/TimeWidgets";
import { analyticsPage, type SearchParams } from "@/components/analytics/page-scope";

/** Time in stage: how long deals sit in each stage, and which are stuck now. */
export default async function TimeInStagePage(props: { searchParams: Promise<SearchParams> }) {
  const page = await analyticsPage(props.searchParams);
  if (!page) return null;
  return (
    <div className="space-y-6">
      <Suspense key={page.key} fallback={<ChartCardSkeleton />}>
        <TimeInStage {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-stuck`} fallback={<ChartCardSkeleton />}>
        <StuckDeals {...page.props} />
      </Suspense>
    </div>
  );
}
