"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";

export default function PeopleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("people");
  const e = useTranslations("errors");
  return (
    <div className="p-10" role="alert">
      <h1 className="text-lg font-semibold">{t("loadFailed")}</h1>
      <p className="mt-1 text-sm text-slate-600">{e("body")}</p>
      {error.digest && <p className="mt-1 text-xs text-slate-400">{error.digest}</p>}
      <Button className="mt-4" onClick={reset}>
        {e("retry")}
      </Button>
    </div>
  );
}
