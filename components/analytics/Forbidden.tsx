import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ShieldAlert } from "lucide-react";

/** What a sales rep sees on the analytics and forecast pages (403: heads and admins only). */
export async function Forbidden() {
  const t = await getTranslations("analytics.forbidden");
  return (
    <main className="mx-auto w-full max-w-xl px-4 py-16 text-center" data-testid="forbidden">
      <ShieldAlert size={40} className="mx-auto text-slate-400" aria-hidden />
      <p className="mt-4 text-sm font-semibold tracking-wide text-slate-500">403</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("back")}
      </Link>
    </main>
  );
}
