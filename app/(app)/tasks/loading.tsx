import { getTranslations } from "next-intl/server";

export default async function TasksLoading() {
  const t = await getTranslations("tasks");
  return (
    <div className="mx-auto w-full max-w-4xl space-y-4 px-4 py-6 lg:px-8" aria-busy="true">
      <p className="sr-only" role="status">
        {t("loading")}
      </p>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="space-y-2">
          <div className="h-4 w-32 animate-pulse rounded bg-slate-200" />
          <div className="h-24 animate-pulse rounded-xl bg-slate-200" />
        </div>
      ))}
    </div>
  );
}
