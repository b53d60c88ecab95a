import { ChartCardSkeleton } from "@/components/charts/ChartCard";

export default function ForecastLoading() {
  return (
    <div className="grid gap-6 xl:grid-cols-2" aria-busy="true">
      <div className="xl:col-span-2">
        <ChartCardSkeleton />
      </div>
      <ChartCardSkeleton height={200} />
      <ChartCardSkeleton height={200} />
    </div>
  );
}
