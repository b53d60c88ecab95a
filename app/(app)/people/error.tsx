"use client";
import { useTranslations } from "next-intl";
import { ErrorState } from "@/components/ui/ErrorState";

export default function PeopleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const p = useTranslations("people");
  return (
    <ErrorState title={p("loadFailed")} body={t("body")} retryLabel={t("retry")} onRetry={reset} digest={error.digest} />
  );
}
