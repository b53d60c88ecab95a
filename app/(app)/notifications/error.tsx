"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";

export default function NotificationsError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("settings.error");
  return (
    <div className="mx-auto max-w-xl p-10" role="alert">
      <h1 className="font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("body")}</p>
      <Button className="mt-4" onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
