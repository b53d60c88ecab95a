import { Suspense } from "react";
import { ChartCardSkeleton } from "@/components/charts/ChartCard";
import { Attribution, ChannelTable, TouchesToWin } from "@/components/analytics/ChannelWidgets";
import { analyticsPage, type SearchParams } from "@/components/analytics/page-scope";

/** Channels: what each source brings, attribution models side by side, touches to win. */
export default async function ChannelsPage(props: { searchParams: Promise<SearchParams> }) {
  const page = await analyticsPage(props.searchParams);
  if (!page) return null;
  return (
    <div className="space-y-6">
      <Suspense key={page.key} fallback={<ChartCardSkeleton />}>
        <ChannelTable {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-attribution`} fallback={<ChartCardSkeleton />}>
        <Attribution {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-touches`} fallback={<ChartCardSkeleton height={220} />}>
        <TouchesToWin {...page.props} />
      </Suspense>
    </div>
  );
}
