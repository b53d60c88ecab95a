import { TimelineSkeleton } from "@/components/timeline/TimelineSkeleton";

export default function PersonLoading() {
  return (
    <div className="mx-auto w-full max-w-6xl space-y-4 px-4 py-6 lg:px-8" aria-busy="true" data-testid="person-loading">
      <div className="h-4 w-20 animate-pulse rounded bg-slate-200" />
      <div className="flex items-center gap-3">
        <div className="h-8 w-8 animate-pulse rounded-full bg-slate-200" />
        <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-36 animate-pulse rounded-xl bg-slate-200" />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <TimelineSkeleton />
        <div className="h-48 animate-pulse rounded-xl bg-slate-200" />
      </div>
    </div>
  );
}
