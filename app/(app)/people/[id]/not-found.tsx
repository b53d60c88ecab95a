import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserX } from "lucide-react";

export default async function PersonNotFound() {
  const t = await getTranslations("people");
  return (
    <div className="p-10">
      <UserX size={28} className="text-slate-400" aria-hidden />
      <h1 className="mt-2 text-lg font-semibold">{t("notFound")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("notFoundHint")}</p>
      <Link href="/people" className="mt-2 inline-block text-brand-700 underline">
        {t("backToList")}
      </Link>
    </div>
  );
}
