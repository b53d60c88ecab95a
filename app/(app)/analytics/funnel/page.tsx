import { Suspense } from "react";
import { ChartCardSkeleton } from "@/components/charts/ChartCard";
import { Cohorts, FunnelConversion, MovesByKind, TransitionMatrix } from "@/components/analytics/FunnelWidgets";
import { analyticsPage, type SearchParams } from "@/components/analytics/page-scope";

/** Transition funnel: conversion between stages, every from → to move, cohorts. */
export default async function FunnelPage(props: { searchParams: Promise<SearchParams> }) {
  const page = await analyticsPage(props.searchParams);
  if (!page) return null;
  return (
    <div className="space-y-6">
      <Suspense key={page.key} fallback={<ChartCardSkeleton />}>
        <FunnelConversion {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-matrix`} fallback={<ChartCardSkeleton />}>
        <TransitionMatrix {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-moves`} fallback={<ChartCardSkeleton height={220} />}>
        <MovesByKind {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-cohorts`} fallback={<ChartCardSkeleton />}>
        <Cohorts {...page.props} />
      </Suspense>
    </div>
  );
}
