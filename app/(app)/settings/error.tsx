"use client";
import { useTranslations } from "next-intl";
import { ErrorState } from "@/components/ui/ErrorState";

export default function SettingsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("settings.error");
  return (
    <ErrorState title={t("title")} body={t("body")} retryLabel={t("retry")} onRetry={reset} digest={error.digest} tone="danger" className="max-w-xl rounded-xl border border-red-200 bg-red-50 p-5" />
  );
}
