"use client";
import { useTranslations } from "next-intl";
import { ErrorState } from "@/components/ui/ErrorState";

export default function ForecastError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("analytics.error");
  return (
    <ErrorState title={t("title")} body={t("body")} retryLabel={t("retry")} onRetry={reset} digest={error.digest} heading="h2" tone="danger" />
  );
}
