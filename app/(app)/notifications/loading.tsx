export default function NotificationsLoading() {
  return (
    <div className="mx-auto w-full max-w-3xl space-y-4 px-4 py-6 lg:px-8" aria-busy="true">
      <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
      <div className="h-48 animate-pulse rounded-xl bg-slate-200" />
    </div>
  );
}
