"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";

export default function ForecastError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("analytics.error");
  return (
    <div className="rounded-xl border border-red-200 bg-red-50 p-6" role="alert">
      <h2 className="text-lg font-semibold text-red-900">{t("title")}</h2>
      <p className="mt-1 text-sm text-red-800">{t("body")}</p>
      {error.digest && <p className="mt-1 text-xs text-red-700/70">{error.digest}</p>}
      <Button className="mt-4" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
