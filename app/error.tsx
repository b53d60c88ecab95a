"use client";
// Errors outside the signed-in frame's own boundary: the sign-in page, and the frame's layout
// itself (it reads the session's user, so a database outage lands here). The app's own page,
// in the user's language, instead of Next's bare "Application error".
import { useTranslations } from "next-intl";
import { ErrorState } from "@/components/ui/ErrorState";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4">
      <ErrorState title={t("title")} body={t("body")} retryLabel={t("retry")} onRetry={reset} digest={error.digest} className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-sm" />
    </main>
  );
}
