import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function AutomationNotFound() {
  const t = await getTranslations("automations");
  return (
    <main className="w-full max-w-xl rounded-xl border border-slate-200 bg-white p-6">
      <h1 className="font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("notFoundBody")}</p>
      <Link href="/settings/automations" className="mt-4 inline-block text-sm text-brand-700 hover:underline">← {t("title")}</Link>
    </main>
  );
}
