/** The timeline while it loads: a day header and a few rows. */
export function TimelineSkeleton() {
  return (
    <div className="space-y-2" aria-busy="true" data-testid="timeline-skeleton">
      <div className="h-4 w-24 animate-pulse rounded bg-slate-200" />
      <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex items-center gap-3">
            <div className="h-7 w-7 animate-pulse rounded-full bg-slate-200" />
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-200" />
            <div className="h-3 w-10 animate-pulse rounded bg-slate-200" />
          </div>
        ))}
      </div>
    </div>
  );
}
