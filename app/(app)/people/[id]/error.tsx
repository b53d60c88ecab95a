"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorState } from "@/components/ui/ErrorState";

export default function PersonError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const e = useTranslations("errors");
  const t = useTranslations("people");
  return (
    <ErrorState title={e("title")} body={e("body")} retryLabel={e("retry")} onRetry={reset} digest={error.digest}>
      <Link href="/people" className="text-sm text-brand-700 underline">
        {t("backToPeople")}
      </Link>
    </ErrorState>
  );
}
