/** The placeholder a settings section shows while it loads (each section's loading.tsx). */
export function SettingsSkeleton() {
  return (
    <div className="w-full max-w-5xl space-y-4" aria-busy="true">
      <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="h-64 animate-pulse rounded-xl bg-slate-200" />
    </div>
  );
}
