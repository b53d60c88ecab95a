export default function BoardLoading() {
  return (
    <div className="flex h-screen flex-col" aria-busy="true">
      <div className="h-14 border-b border-slate-200 bg-white" />
      <div className="flex gap-3 overflow-hidden px-4 pt-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-[70vh] w-72 shrink-0 animate-pulse rounded-xl bg-slate-200/70" />
        ))}
      </div>
    </div>
  );
}
