export default function DealLoading() {
  return (
    <div className="mx-auto w-full max-w-6xl space-y-4 px-8 py-6" aria-busy="true">
      <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
      <div className="h-12 animate-pulse rounded-lg bg-slate-200" />
      <div className="h-64 animate-pulse rounded-xl bg-slate-200" />
    </div>
  );
}
