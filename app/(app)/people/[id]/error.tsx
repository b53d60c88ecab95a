"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";

export default function PersonError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const e = useTranslations("errors");
  const t = useTranslations("people");
  return (
    <div className="p-10" role="alert">
      <h1 className="text-lg font-semibold">{e("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{e("body")}</p>
      {error.digest && <p className="mt-1 text-xs text-slate-400">{error.digest}</p>}
      <div className="mt-4 flex items-center gap-3">
        <Button onClick={reset}>{e("retry")}</Button>
        <Link href="/people" className="text-sm text-brand-700 underline">
          {t("backToPeople")}
        </Link>
      </div>
    </div>
  );
}
