import { getTranslations } from "next-intl/server";
import { ShieldAlert } from "lucide-react";

/** The 403 notice of every settings page for heads of sales and reps. */
export async function Forbidden() {
  const t = await getTranslations("settings");
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-10 lg:px-8" data-testid="forbidden">
      <div className="flex items-start gap-3 rounded-xl border border-amber-200 bg-amber-50 p-5 text-amber-900" role="alert">
        <ShieldAlert size={20} aria-hidden className="mt-0.5 shrink-0" />
        <div>
          <h1 className="font-semibold">{t("forbidden.title")}</h1>
          <p className="mt-1 text-sm">{t("forbidden.body")}</p>
        </div>
      </div>
    </main>
  );
}
