export default function ApiKeysLoading() {
  return (
    <div className="w-full max-w-4xl space-y-4" aria-busy="true">
      <div className="h-8 w-1/4 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="h-24 animate-pulse rounded-xl bg-slate-200" />
      <div className="h-48 animate-pulse rounded-xl bg-slate-200" />
    </div>
  );
}
