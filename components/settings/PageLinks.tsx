import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "lucide-react";

const pill = "inline-flex h-8 items-center gap-1 rounded-lg border px-2.5 text-sm";

/** Previous / next page links for settings lists (the filters stay in the URL). */
export async function PageLinks(props: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const t = await getTranslations("settings");
  if (props.pages <= 1) return null;
  const link = (to: number, rel: "prev" | "next") => {
    const content = rel === "prev" ? <><ChevronLeft size={16} aria-hidden /> {t("previous")}</> : <>{t("next")} <ChevronRight size={16} aria-hidden /></>;
    if (to < 1 || to > props.pages) return <span aria-disabled="true" className={`${pill} border-slate-200 text-slate-400`}>{content}</span>;
    return <Link href={props.hrefFor(to)} rel={rel} className={`${pill} border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>{content}</Link>;
  };
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-3">
      {link(props.page - 1, "prev")}
      <span className="text-sm text-slate-600">{t("pageOf", { page: props.page, pages: props.pages })}</span>
      {link(props.page + 1, "next")}
    </nav>
  );
}
