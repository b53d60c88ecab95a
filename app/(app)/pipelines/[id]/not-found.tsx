import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function PipelineNotFound() {
  const t = await getTranslations("board");
  return (
    <div className="p-10">
      <h1 className="text-lg font-semibold">{t("notFound")}</h1>
      <Link href="/" className="mt-2 inline-block text-brand-700 underline">
        {t("backToBoard")}
      </Link>
    </div>
  );
}
