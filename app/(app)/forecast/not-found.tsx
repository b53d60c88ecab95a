import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function ForecastNotFound() {
  const t = await getTranslations("analytics.notFound");
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-8 text-center">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <Link href="?" className="mt-3 inline-block text-sm text-brand-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
