"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";

export default function DealError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto max-w-6xl p-10" role="alert">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("body")}</p>
      {error.digest && <p className="mt-1 text-xs text-slate-500">{error.digest}</p>}
      <Button className="mt-4" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
