"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";

export default function SettingsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("settings.error");
  return (
    <div className="max-w-xl rounded-xl border border-red-200 bg-red-50 p-5" role="alert">
      <h1 className="font-semibold text-red-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-red-800">{t("body")}</p>
      {error.digest && <p className="mt-1 text-xs text-red-700/70">{error.digest}</p>}
      <Button className="mt-4" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
