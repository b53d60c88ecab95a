import { Suspense } from "react";
import { ChartCardSkeleton } from "@/components/charts/ChartCard";
import { analyticsPage, type SearchParams } from "@/components/analytics/page-scope";
import { CalibratedForecast, StageCalibration, WeightedPipeline } from "@/components/forecast/ForecastWidgets";
import { Backtest, BacktestByOwner } from "@/components/forecast/BacktestWidgets";
import { Velocity } from "@/components/forecast/VelocityWidget";

/** The forecast dashboard: velocity, weighted pipeline, calibrated forecast, stage calibration, backtest. */
export default async function ForecastPage(props: { searchParams: Promise<SearchParams> }) {
  const page = await analyticsPage(props.searchParams);
  if (!page) return null;
  return (
    <div className="space-y-6">
      <Suspense key={`${page.key}-velocity`} fallback={<ChartCardSkeleton height={120} />}>
        <Velocity {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-calibrated`} fallback={<ChartCardSkeleton />}>
        <CalibratedForecast {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-weighted`} fallback={<ChartCardSkeleton />}>
        <WeightedPipeline {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-backtest`} fallback={<ChartCardSkeleton />}>
        <Backtest {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-owners`} fallback={<ChartCardSkeleton height={80} />}>
        <BacktestByOwner {...page.props} />
      </Suspense>
      <Suspense key={`${page.key}-stages`} fallback={<ChartCardSkeleton height={240} />}>
        <StageCalibration {...page.props} />
      </Suspense>
    </div>
  );
}
