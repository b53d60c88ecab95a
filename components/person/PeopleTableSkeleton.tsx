/** The People list while it loads: the table's frame with pulsing rows. */
export function PeopleTableSkeleton() {
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white" aria-busy="true" data-testid="people-skeleton">
      <div className="h-10 border-b border-slate-200 bg-slate-50" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="flex items-center gap-6 border-b border-slate-100 px-4 py-3 last:border-0">
          <div className="h-4 w-48 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-16 animate-pulse rounded-full bg-slate-200" />
          <div className="h-4 w-28 animate-pulse rounded bg-slate-200" />
          <div className="ml-auto h-4 w-20 animate-pulse rounded bg-slate-200" />
        </div>
      ))}
    </div>
  );
}
