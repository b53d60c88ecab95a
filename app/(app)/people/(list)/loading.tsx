import { PeopleTableSkeleton } from "@/components/person/PeopleTableSkeleton";

export default function PeopleLoading() {
  return (
    <div className="mx-auto w-full max-w-6xl space-y-4 px-4 py-6 lg:px-8" aria-busy="true">
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="h-9 w-2/3 animate-pulse rounded-lg bg-slate-200" />
      <PeopleTableSkeleton />
    </div>
  );
}
